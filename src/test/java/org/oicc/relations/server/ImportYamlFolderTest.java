package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import FOLDER}: a folder of Magnolia YAML bootstrap files, as {@code export} writes it. */
class ImportYamlFolderTest {

    @TempDir
    Path temp;

    private static int lineOf(Path file, String text) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static List<String> withoutStamps(Path file) throws java.io.IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.matches("\\s{4,}'mgnl:(created|createdBy|lastModified|lastModifiedBy)': .*")
                        && !l.matches("\\s+'mgnl:(activationStatus|lastActivated|lastActivatedBy)': .*"))
                .toList();
    }

    @Test
    void anExportedFolderRoundTripsBadFilesAreReportedWithFileAndLineAndReplacingWithABadFileKeepsTheItem() throws Exception {
        Path source = TestSite.seededDataFolder(temp.resolve("source"));
        try (TestSite site = TestSite.builder().combined().existingData().start(source)) {
            site.content.create("organization", "newcomer", ItemInput.of(Map.of("name", "Newcomer \"quoted\"",
                    "name_ar", "القادم الجديد", "relationships", List.of(Map.of("category",
                            "37886d58-1419-3a5c-9632-328e39bffe89", "position", 9)))), "editor");
        }
        Path folder = temp.resolve("exported");
        assertThat(ImportJsonLinesTest.run("export", "--workspace", "organizations", "--out", folder.toString(),
                "--data", source.toString()).exit()).isZero();
        Files.writeString(folder.resolve("organizations.badsite.yaml"),
                "'badsite':\n  'jcr:primaryType': 'oicc:organization'\n  'name': 'Bad site'\n  'website': 'www.bad.org'\n");
        Files.writeString(folder.resolve("users.someone.yaml"), "'someone':\n  'name': 'x'\n");
        Path target = TestSite.seededDataFolder(temp.resolve("target"));

        ImportJsonLinesTest.Result first = ImportJsonLinesTest.run("import", folder.toString(), "--publish", "--data", target.toString());

        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err()).isEqualTo(
                "rejected organizations.badsite.yaml:4: website: Enter an absolute http or https address, for example https://www.example.org.\n"
                        + "rejected users.someone.yaml:1: workspace 'users' belongs to no content type of the module\n"
                        + folder + ": 1 created, 0 replaced, 25 skipped (exists), 2 rejected\n");
        Path again = temp.resolve("again");
        assertThat(ImportJsonLinesTest.run("export", "--workspace", "organizations", "--path", "/newcomer", "--out",
                again.toString(), "--data", target.toString()).exit()).isZero();
        // the same file but for what the import adds by its documented rules: metadata stamps on the
        // entries (the file gives none) and the activation stamps of --publish
        assertThat(withoutStamps(again)).isEqualTo(withoutStamps(folder.resolve("organizations.newcomer.yaml")));
        assertThat(Files.readString(again)).contains("'mgnl:activationStatus': true");
        try (TestSite site = TestSite.builder().combined().existingData().site().start(target)) {
            assertThat(site.json("/.rest/delivery/organizations/v1/newcomer").path("name").asText()).isEqualTo("Newcomer \"quoted\"");
        }

        Path unicef = folder.resolve("organizations.unicef.yaml");
        Files.writeString(unicef, Files.readString(unicef).replace("'website': 'https://", "'website': 'ftp://"));
        ImportJsonLinesTest.Result replaced = ImportJsonLinesTest.run("import", folder.toString(), "--replace", "--data", target.toString());

        assertThat(replaced.err().lines().toList()).containsExactly(
                "rejected organizations.badsite.yaml:4: website: Enter an absolute http or https address, for example https://www.example.org.",
                "rejected organizations.unicef.yaml:" + lineOf(unicef, "'website'")
                        + ": website: Enter an absolute http or https address, for example https://www.example.org.",
                "rejected users.someone.yaml:1: workspace 'users' belongs to no content type of the module",
                folder + ": 0 created, 25 replaced, 0 skipped (exists), 3 rejected");
        try (TestSite site = TestSite.builder().combined().existingData().start(target)) {
            assertThat(site.content.values("organization", "unicef").get("website")).isEqualTo("https://www.unicef.org");
            assertThat(site.content.list("organization")).hasSize(26);
        }
    }
}
