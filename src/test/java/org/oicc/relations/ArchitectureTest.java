package org.oicc.relations;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering that DESIGN.md, README's map and each {@code package-info.java} state, checked on the
 * compiled main classes, so a change that breaks it fails the build instead of a review.
 */
class ArchitectureTest {

    private static final String ROOT = "org.oicc.relations";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void nothingDependsOnTheStandaloneProcess() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".server..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".server..").check(main);
    }

    @Test
    void pagesAndAuthoringAreSiblingsOfDeliveryNotBuiltOnIt() {
        noClasses().that().resideInAnyPackage(ROOT + ".rendering..", ROOT + ".authoring..", ROOT + ".caching..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".delivery..").check(main);
    }

    @Test
    void definitionsTheRepositoryAndTheErrorEnvelopeKnowNothingElseOfTheModule() {
        for (String lower : List.of("definition", "repository", "http")) {
            ArchRule rule = noClasses().that().resideInAPackage(ROOT + "." + lower + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(othersThan(lower));
            rule.check(main);
        }
    }

    @Test
    void contentKnowsNoHttpAndOnlyDefinitionsAndTheRepository() {
        noClasses().that().resideInAnyPackage(ROOT + ".content..", ROOT + ".definition..", ROOT + ".repository..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..").check(main);
        noClasses().that().resideInAPackage(ROOT + ".content..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".caching..", ROOT + ".delivery..",
                        ROOT + ".rendering..", ROOT + ".authoring..")
                .check(main);
    }

    @Test
    void cachingKnowsTheRepositoryOnlyNotWhatIsCached() {
        noClasses().that().resideInAPackage(ROOT + ".caching..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".definition..", ROOT + ".content..",
                        ROOT + ".http..")
                .check(main);
    }

    @Test
    void theDeliveryHandlerSpiIsTheBottomOfDelivery() {
        noClasses().that().resideInAPackage(ROOT + ".delivery.endpoint..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".delivery", ROOT + ".delivery.node..",
                        ROOT + ".delivery.query..", ROOT + ".delivery.relations..", ROOT + ".delivery.openapi..")
                .check(main);
        noClasses().that().resideInAPackage(ROOT + ".delivery.node..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".delivery", ROOT + ".delivery.query..",
                        ROOT + ".delivery.relations..", ROOT + ".delivery.openapi..")
                .check(main);
    }

    @Test
    void everyMainPackageSaysWhatItOwnsInAPackageInfo() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> dirs = Files.walk(sources)) {
            List<Path> missing = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
            assertThat(missing).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] othersThan(String lower) {
        return Stream.of("content", "caching", "delivery", "rendering", "authoring", "server", "definition", "repository", "http")
                .filter(p -> !p.equals(lower)).map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    }
}
