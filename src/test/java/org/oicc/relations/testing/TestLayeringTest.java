package org.oicc.relations.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The tests keep the layering of the code they test: only the server's own tests start the
 * standalone process's wiring; every other test (and this fixture package) gets its module and
 * repositories from {@link TestSite} and {@link TestRepository}, built on the lower packages.
 */
class TestLayeringTest {

    private static final String ROOT = "org.oicc.relations";

    @Test
    void noTestBelowTheServerUsesIt() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(ROOT);
        noClasses().that().resideOutsideOfPackage(ROOT + ".server..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".server..").check(tests);
    }
}
