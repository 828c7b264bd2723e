package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both import paths refuse rich text outside the pages' safelist, as an editor's write does (probe D16). */
class ImportRichTextTest {

    private static final String NOT_ALLOWED = "description: may only use the tags p, br, ul, ol, li, strong, em, a"
            + " (links to http, https or mailto addresses, no other attributes); not allowed: ";

    @TempDir
    Path temp;

    private static String org(String name, String description) {
        return "{\"name\":\"" + name + "\",\"type\":\"oicc:organization\",\"properties\":["
                + "{\"name\":\"name\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + name + "\"]},"
                + "{\"name\":\"description\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + description + "\"]}]}";
    }

    @Test
    void aJsonLineWithAScriptIsRejectedAndTheProseLineGoesIn() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path file = Files.write(temp.resolve("rich.jsonl"), List.of(
                org("scripted", "<p>x</p><script>alert(1)</script>"),
                org("handler", "<p onmouseover=\\\"alert(2)\\\">x</p>"),
                org("prose", "<p>One</p><p><strong>Two</strong> <a href=\\\"https://ok.example/\\\">link</a></p>")), StandardCharsets.UTF_8);

        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("import", file.toString(), "--data", data.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> l.startsWith("rejected ")).toList()).containsExactly(
                "rejected line 1: 'scripted': " + NOT_ALLOWED + "<script>",
                "rejected line 2: 'handler': " + NOT_ALLOWED + "onmouseover=");
        try (TestSite site = TestSite.builder().combined().existingData().start(data)) {
            assertThat(site.content.values("organization", "prose").get("description"))
                    .isEqualTo("<p>One</p><p><strong>Two</strong> <a href=\"https://ok.example/\">link</a></p>");
        }
    }

    @Test
    void aBootstrapFileWithAJavascriptLinkIsRejectedWithItsLine() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.writeString(folder.resolve("organizations.linked.yaml"),
                "'linked':\n  'jcr:primaryType': 'oicc:organization'\n  'name': 'Linked'\n"
                        + "  'description': '<p><a href=\"javascript:alert(1)\">x</a></p>'\n");

        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("import", folder.toString(), "--data", data.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rejected organizations.linked.yaml:4: " + NOT_ALLOWED + "href=\"javascript:alert(1)\"\n"
                + folder + ": 0 created, 0 replaced, 0 skipped (exists), 1 rejected\n");
        try (TestSite site = TestSite.builder().combined().existingData().start(data)) {
            assertThat(site.content.list("organization")).noneMatch(i -> i.name().equals("linked"));
        }
    }
}
