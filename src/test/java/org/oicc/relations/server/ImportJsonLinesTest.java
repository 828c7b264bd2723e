package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.GeneratedOrganizations;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import FILE.jsonl} through the command line, in this JVM: good lines go in, bad ones are reported. */
class ImportJsonLinesTest {

    private static final String MEMBERSHIP = "37886d58-1419-3a5c-9632-328e39bffe89";
    private static final String ALPHA_ID = "6f1c1d2e-0a3b-4c5d-8e9f-0a1b2c3d4e5f";

    @TempDir
    Path temp;

    private static String org(String name, String extraProperties, String relationshipCategory) {
        return "{\"name\":\"" + name + "\",\"type\":\"oicc:organization\",\"properties\":["
                + "{\"name\":\"name\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + name.toUpperCase() + " Union\"]}"
                + extraProperties + "],\"nodes\":[{\"name\":\"relationships\",\"type\":\"mgnl:contentNode\",\"properties\":[],"
                + "\"nodes\":[{\"name\":\"0\",\"type\":\"mgnl:contentNode\",\"properties\":["
                + "{\"name\":\"category\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + relationshipCategory + "\"]},"
                + "{\"name\":\"position\",\"type\":\"Long\",\"multiple\":false,\"values\":[\"3\"]}],\"nodes\":[]}]}]}";
    }

    private Path mixedFile() throws IOException {
        String alpha = org("alpha", "", MEMBERSHIP).replace("{\"name\":\"alpha\",", "{\"name\":\"alpha\",\"identifier\":\"" + ALPHA_ID + "\",");
        String beta = org("beta", ",{\"name\":\"parent\",\"type\":\"String\",\"multiple\":false,\"values\":[\"" + ALPHA_ID + "\"]}", MEMBERSHIP);
        List<String> lines = List.of(
                "# two good organizations, one bad line of each kind",
                alpha,
                "{\"name\":\"broken\",",
                "{\"name\":\"gadget\",\"type\":\"oicc:gadget\",\"properties\":[]}",
                org("gamma", ",{\"name\":\"website\",\"type\":\"String\",\"multiple\":false,\"values\":[\"www.gamma.org\"]}", MEMBERSHIP),
                org("delta", "", "00000000-0000-4000-8000-000000000000"),
                "",
                beta);
        return Files.write(temp.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void goodLinesGoInBadOnesAreReportedWithTheirLineAndPublishMakesThemPublic() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));

        Result r = run("import", mixedFile().toString(), "--publish", "--data", data.toString());

        assertThat(r.exit).isEqualTo(1);
        List<String> err = r.err.lines().filter(l -> l.startsWith("rejected ")).toList();
        assertThat(err).hasSize(4);
        assertThat(err.get(0)).startsWith("rejected line 3: not JSON: Unexpected end-of-input");
        assertThat(err.subList(1, 4)).containsExactly(
                "rejected line 4: 'gadget': type 'oicc:gadget' is the node type of no content type"
                        + " (known: oicc:agreementAim, oicc:organization, oicc:relationshipCategory)",
                "rejected line 5: 'gamma': website: Enter an absolute http or https address, for example https://www.example.org.",
                "rejected line 6: 'delta': relationships[0].category: no relationshipCategory item with id 00000000-0000-4000-8000-000000000000");
        assertThat(r.err).contains("mixed.jsonl: 2 created, 0 replaced, 0 skipped (name exists), 4 rejected, 2 published in ");

        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            JsonNode beta = site.json("/.rest/delivery/organizations/v1/beta");
            assertThat(beta.path("@id").asText()).isNotEmpty();
            assertThat(beta.path("name").asText()).isEqualTo("BETA Union");
            assertThat(site.json("/.rest/delivery/organizations/v1/alpha").path("@id").asText()).isEqualTo(ALPHA_ID);
            assertThat(site.get("/.rest/delivery/organizations/v1/gamma").statusCode()).isEqualTo(404);
            assertThat(site.json("/.rest/delivery/organizations/v1?limit=1").path("total").asInt()).isEqualTo(27);
        }
    }

    @Test
    void reRunningTheSameFileAddsNothingAndReplaceRewritesInPlace() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path file = GeneratedOrganizations.write(temp.resolve("generated.jsonl"), 0, 30);

        Result first = run("import", file.toString(), "--batch-size", "7", "--data", data.toString());
        Result again = run("import", file.toString(), "--data", data.toString());
        Result replaced = run("import", file.toString(), "--replace", "--data", data.toString());

        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.err).contains("generated.jsonl: 30 created, 0 replaced, 0 skipped (name exists), 0 rejected in ");
        assertThat(again.err).contains("generated.jsonl: 0 created, 0 replaced, 30 skipped (name exists), 0 rejected in ");
        assertThat(replaced.err).contains("generated.jsonl: 0 created, 30 replaced, 0 skipped (name exists), 0 rejected in ");
        assertThat(replaced.exit).isZero();
        try (TestSite site = TestSite.builder().combined().existingData().start(data)) {
            assertThat(site.content.list("organization")).hasSize(25 + 30);
            assertThat(site.content.values("organization", "org-4").get("relationships")).asList().hasSize(2);
        }
    }

    @Test
    void plainProgressLinesWhenNotOnATerminal() throws IOException {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Path file = GeneratedOrganizations.write(temp.resolve("generated.jsonl"), 0, 250);

        Result r = run("import", file.toString(), "--data", data.toString());

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err.lines().filter(l -> l.startsWith("imported ")).toList()).hasSize(2)
                .allMatch(l -> l.matches("imported (100|200) of 250 lines \\((40|80)%, \\d+ lines/s\\)"));
    }

    /** The default batch is small enough for a 256 MB heap with --publish (two batches in flight); the help says which. */
    @Test
    void theHelpNamesTheDefaultBatchSize() {
        Result r = run("import", "--help");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out + r.err).contains("Items per save for JSON Lines (default: 250).");
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
