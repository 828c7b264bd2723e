package org.oicc.relations.rendering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.NpmPackages;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages endpoint's JSON rendered by Magnolia's React SDK ({@code @magnolia/react-editor}, in
 * {@code src/test/js/}) under Node, as a headless front-end would. The packages are installed with
 * {@code npm ci} from the committed lock file when {@code node_modules} is missing or was installed
 * from another lock file. Skipped only when {@code node} is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReactSdkTest {

    static final Path SCRIPT_DIR = Path.of("src", "test", "js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestSite fixture;
    private Path work;

    @BeforeAll
    void start(@TempDir Path data, @TempDir Path work) throws IOException, InterruptedException {
        assumeTrue(NpmPackages.nodeRuns(), "node is not installed");
        NpmPackages.install(SCRIPT_DIR);
        this.work = work;
        fixture = TestSite.builder().site().start(data);
    }

    @AfterAll
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void rendersTheCategoryTitlesAndIntros() throws IOException, InterruptedException {
        Document page = Jsoup.parse(renderClean(pageJson("")));
        assertThat(page.select("main > h1").text()).isEqualTo("Regional and International relations");
        assertThat(page.select("section.category").eachAttr("id"))
                .containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
        assertThat(page.select("section.category h2").eachText()).containsExactly("Consultative Status",
                "Membership in International Organizations", "Observer Membership", "Friendship and Cooperation Agreements");
        // the page's introduction is a text component above the first category, which has none
        assertThat(page.select("#consultative-status .intro")).isEmpty();
        assertThat(page.select("main .text").text()).startsWith(
                "The Organization has long sought to promote its global status as an international organization");
        assertThat(page.select("#observer .intro").text()).startsWith("The Organization has also strengthened its international relationships");
        assertThat(page.select("#cooperation-agreement .intro").text()).startsWith("The Organization of Islamic Capitals and Cities has been keen");
        assertThat(page.select("#membership .intro")).isEmpty();
        assertThat(page.select("section.aims h2").text()).isEqualTo("Aims of the agreements");
        assertThat(page.select("section.aims .intro").text()).isEqualTo("The aforementioned agreements aim to:");
    }

    @Test
    void rendersTheArabicPage() throws IOException, InterruptedException {
        Document page = Jsoup.parse(renderClean(pageJson("?lang=ar")));
        assertThat(page.select("main > h1").text()).isEqualTo("العلاقات الإقليمية والدولية");
        assertThat(page.select("section.category h2").eachText()).containsExactly("المركز الاستشاري",
                "العضوية في المنظمات الدولية", "العضوية بصفة مراقب", "اتفاقيات الصداقة والتعاون");
        assertThat(page.select("section.aims h2").text()).isEqualTo("أهداف الاتفاقيات");
    }

    @Test
    void aCategoryThatIsNotExpandedFailsTheScript() throws IOException, InterruptedException {
        ObjectNode json = (ObjectNode) JSON.readTree(pageJson(""));
        ObjectNode component = (ObjectNode) json.path("main").path("01");
        component.put("category", component.path("category").path("@id").asText());
        Result result = render(JSON.writeValueAsString(json));
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr).contains("/relations/main/01").contains("is not expanded");
    }

    @Test
    void anUnmappedComponentFailsTheScript() throws IOException, InterruptedException {
        ObjectNode json = (ObjectNode) JSON.readTree(pageJson(""));
        ((ObjectNode) json.path("main").path("05")).put("mgnl:template", "oicc-relations:components/gallery");
        Result result = render(JSON.writeValueAsString(json));
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr).contains("oicc-relations:components/gallery is not mapped");
    }

    @Test
    void unreadableJsonFailsTheScript() throws IOException, InterruptedException {
        Result result = render("{\"@name\": ");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr).contains("cannot read");
    }

    private String pageJson(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.get("/.rest/delivery/pages/v1/relations" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private record Result(int exit, String stdout, String stderr) {
    }

    /** Runs the script on this JSON. */
    private Result render(String json) throws IOException, InterruptedException {
        Path input = Files.createTempFile(work, "page", ".json");
        Files.writeString(input, json, StandardCharsets.UTF_8);
        Path out = work.resolve(input.getFileName() + ".out");
        Path err = work.resolve(input.getFileName() + ".err");
        Process node = new ProcessBuilder("node", "render-page.mjs", input.toAbsolutePath().toString())
                .directory(SCRIPT_DIR.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError("render-page.mjs did not finish within 60 s");
        }
        return new Result(node.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** The HTML of a run that must succeed without a word on stderr. */
    private String renderClean(String json) throws IOException, InterruptedException {
        Result result = render(json);
        assertThat(result.stderr).as("stderr").isEmpty();
        assertThat(result.exit).as("exit status").isZero();
        return result.stdout;
    }
}
