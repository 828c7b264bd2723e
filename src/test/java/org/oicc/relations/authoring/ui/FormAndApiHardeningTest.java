package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestSite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe's findings on forms and the Nodes API with a UI session (probe D11, D17, D21): forms
 * over the container's limits are a 413 that counts as no login attempt; the CSRF token is taken
 * from the header or the form body only; the Nodes API reads the module's workspaces and nothing
 * of the repository's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormAndApiHardeningTest {

    private static final String IULA_API = "/.rest/nodes/v1/organizations/iula";

    private TestSite f;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start(@TempDir Path data) {
        f = TestSite.builder().authorAndPublic().nodesApi().authorUi().start(data);
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void d11AFormWithTenThousandFieldsIs413AndNoFailedLogin() throws Exception {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            fields.add(Map.entry("k" + i, "v"));
        }
        int refused = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            try {
                // a client of its own each time: the server may close a connection whose upload it refused
                assertThat(new UiClient(f).post("/.author/login", fields).statusCode()).isEqualTo(413);
                refused++;
            } catch (java.io.IOException closedBeforeTheUploadEnded) {
                // Jetty may close the connection before reading the rest of a refused body: no answer, no 500
            }
        }
        assertThat(refused).isPositive();
        // eight refused forms counted as nothing: the right password still works from the same address
        UiClient.loggedIn(f, "editor");
    }

    @Test
    void d11AFormOverTheSizeLimitIs413() throws Exception {
        HttpResponse<String> r = new UiClient(f).post("/.author/login",
                List.of(Map.entry("username", "admin"), Map.entry("password", "x"), Map.entry("a", "b".repeat(300_000))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("Something went wrong");
    }

    @Test
    void d21TheCsrfTokenInTheUrlCountsAsNoToken() throws Exception {
        UiClient editor = UiClient.loggedIn(f, "editor");
        Document form = UiClient.html(editor.get("/.author/items/organization/iula"));
        String token = form.selectFirst("input[name=_csrf]").val();
        String body = "{\"properties\":[{\"name\":\"website\",\"values\":[\"https://www.uclg.org/\"]}]}";

        HttpResponse<String> inUrl = post(editor, IULA_API + "?_csrf=" + token, body, null);
        assertThat(inUrl.statusCode()).isEqualTo(403);
        assertThat(f.content.read("organization", "iula").property("website")).isEmpty();

        HttpResponse<String> inHeader = post(editor, IULA_API, body, token);
        assertThat(inHeader.statusCode()).isEqualTo(200);
    }

    @Test
    void d17TheNodesApiReadsNoRepositoryInternalsOrOtherWorkspaces() throws Exception {
        for (String path : List.of("/.rest/nodes/v1/organizations/jcr:system?depth=2", "/.rest/nodes/v1/security?depth=1",
                "/.rest/nodes/v1/default", "/.rest/nodes/v1/organizations/jcr:system/jcr:versionStorage")) {
            HttpResponse<String> r = f.send("GET", path, "admin", null);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("versionStorage").doesNotContain("rep:");
        }
        HttpResponse<String> root = f.send("GET", "/.rest/nodes/v1/organizations?depth=1", "admin", null);
        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.body()).doesNotContain("jcr:system").contains("\"name\":\"iula\"");
        assertThat(f.send("GET", "/.rest/nodes/v1/website/relations", "admin", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(UiClient session, String path, String body, String csrfHeader) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.base() + path))
                .header("Content-Type", "application/json")
                .header("Cookie", "OICC_AUTHOR=" + session.cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfHeader != null) {
            b.header("X-CSRF-Token", csrfHeader);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
