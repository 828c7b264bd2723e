package org.oicc.relations.server;

import org.oicc.relations.TestTrees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** validate, export and import through the command line, in this JVM. */
class CommandsTest {

    @TempDir
    Path temp;

    @Test
    void validatePassesOnTheShippedModule() {
        Result r = run("validate");

        assertThat(r.exit).isZero();
        assertThat(r.out).isEqualTo("valid: light module and bootstrap content\n");
    }

    @Test
    void validateNamesFileAndLineInABrokenLightModule() throws IOException {
        Path modules = temp.resolve("light-modules");
        TestTrees.copy(Path.of("light-modules/oicc-relations"), modules.resolve("oicc-relations"));
        Path org = modules.resolve("oicc-relations/contentTypes/organization.yaml");
        Files.writeString(org, Files.readString(org).replace("type: reference:organization", "type: reference:company"));

        Result r = run("validate", "--light-modules", modules.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.out).startsWith("contentTypes/organization.yaml:23: property 'parent' references unknown content type 'company'")
                .endsWith("1 problem(s)\n");
    }

    @Test
    void validateNamesFileAndLineInBrokenBootstrapContent() throws IOException {
        Path bootstrap = temp.resolve("bootstrap");
        TestTrees.copy(Path.of("module/mgnl-bootstrap/oicc-relations"), bootstrap);
        Path unicef = bootstrap.resolve("organizations.unicef.yaml");
        Files.writeString(unicef, Files.readString(unicef).replace("'https://www.unicef.org'", "'www.unicef.org'"));

        Result r = run("validate", "--bootstrap", bootstrap.toString());

        assertThat(r.exit).isEqualTo(1);
        int line = lineOf(unicef, "'website'");
        assertThat(r.out).isEqualTo("organizations.unicef.yaml:" + line
                + ": website: Enter an absolute http or https address, for example https://www.example.org.\n1 problem(s)\n");
    }

    @Test
    void exportThenImportRoundTripsWithoutLoss() throws IOException {
        Path first = TestSite.seededDataFolder(temp.resolve("first"));
        // an edit the seed does not have, with quotes, a line break and Arabic, must survive too
        try (Standalone standalone = Standalone.open(first, null)) {
            new ContentService(standalone.module(), standalone.sessions()).update("organization", "iula",
                    ItemInput.of(Map.of("description_ar", "<p>منظمة \"دولية\" 'للسلطات'\nالمحلية</p>", "acronym", "IULA")), "editor");
        }
        Path exported = temp.resolve("exported");
        assertThat(run("export", "--workspace", "organizations", "--out", exported.toString(), "--data", first.toString()).exit)
                .isZero();
        assertThat(exported.resolve("organizations.iula.yaml")).content(StandardCharsets.UTF_8).contains("منظمة");

        Path second = TestSite.seededDataFolder(temp.resolve("second"));
        try (Stream<Path> files = Files.list(exported)) {
            for (Path file : files.sorted().toList()) {
                Result r = run("import", "--workspace", "organizations", "--replace", file.toString(), "--data", second.toString());
                assertThat(r.exit).as(r.err).isZero();
            }
        }
        Path again = temp.resolve("again");
        assertThat(run("export", "--workspace", "organizations", "--out", again.toString(), "--data", second.toString()).exit)
                .isZero();
        try (Stream<Path> files = Files.list(exported)) {
            for (Path file : files.toList()) {
                assertThat(again.resolve(file.getFileName())).as(file.getFileName().toString())
                        .hasSameTextualContentAs(file, StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void exportOfOneItemGoesToStdout() {
        Result r = run("export", "--workspace", "relationship-categories", "--path", "/observer",
                "--data", TestSite.seededDataFolder(temp.resolve("data")).toString());

        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("'observer':\n  'jcr:primaryType': 'oicc:relationshipCategory'\n")
                .contains("'title': 'Observer Membership'");
    }

    @Test
    void importOfABadFileNamesFileAndLineAndChangesNothing() throws IOException {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path bad = temp.resolve("broken.yaml");
        Files.writeString(bad, "'newcomer':\n  'jcr:primaryType': 'oicc:organization'\n  'name': !unknown 'x'\n");

        Result r = run("import", "--workspace", "organizations", bad.toString(), "--data", data.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).startsWith("error: broken.yaml:3: ").doesNotContain("Exception");
        Result export = run("export", "--workspace", "organizations", "--path", "/newcomer", "--data", data.toString());
        assertThat(export.err).isEqualTo("error: no node /newcomer in workspace 'organizations'\n");
    }

    @Test
    void importRefusesAnExistingNodeWithoutReplace() throws IOException {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path file = temp.resolve("organizations.iula.yaml");
        Files.writeString(file, "'iula':\n  'jcr:primaryType': 'oicc:organization'\n  'name': 'Another'\n");

        Result r = run("import", "--workspace", "organizations", file.toString(), "--data", data.toString());

        assertThat(r.exit).isEqualTo(1);
        assertThat(r.err).contains("node /iula already exists");
    }

    @Test
    void badCommandLineInputIsOneLine() {
        Path data = temp.resolve("data");
        assertThat(run("export", "--workspace", "organizations", "--path", "/../x", "--data", data.toString()).err)
                .isEqualTo("error: --path has an invalid segment '..' in '/../x'\n");
        assertThat(run("export", "--workspace", "users", "--path", "/x", "--data", data.toString()).err)
                .isEqualTo("error: unknown workspace 'users' (known: agreement-aims, organizations, relationship-categories, dam)\n");
        assertThat(run("import", "--workspace", "organizations", temp.resolve("missing.yaml").toString(),
                "--data", data.toString()).err).startsWith("error: no such file: ");
        assertThat(run("serve", "--port", "70000", "--data", data.toString()).err)
                .isEqualTo("error: --port must be between 0 and 65535, found 70000\n");
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
