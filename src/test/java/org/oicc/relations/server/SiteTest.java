package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.delivery.CountingSessionProvider;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two kinds of {@link Site}: the published one watches its workspaces and validates; the drafts'
 * one builds no change tracker and lets no cache keep what it serves. Each reads its own index of
 * the content workspaces at start (a listening session per content workspace, and one to read it, logged out after).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PATHS = List.of("/relations.html", "/.rest/delivery/organizations/v1/iula",
            "/.resources/oicc-relations/webresources/css/relations.css");

    private final HttpClient client = HttpClient.newHttpClient();
    private Standalone standalone;

    @BeforeAll
    void open(@TempDir Path data) {
        standalone = Standalone.open(data, null, Instance.PUBLIC);
    }

    @AfterAll
    void close() {
        standalone.close();
    }

    @Test
    void draftsHaveNoChangeTrackerOnlyTheirIndex() throws Exception {
        CountingSessionProvider sessions = new CountingSessionProvider(standalone.sessions());
        try (Site drafts = Site.drafts(standalone.module(), standalone.source(), sessions, JSON, DeliverySettings.DEFAULTS)) {
            drafts.start();
            assertThat(drafts.changes()).isEmpty();
            assertThat(sessions.logins()).as("the index's listening and reading sessions per content workspace, no tracker's")
                    .isEqualTo(2 * standalone.module().contentWorkspaces().size());
            assertThat(drafts.index().items("organizations", ItemSearch.all(), SortOrder.byName(), 0, 1).total()).isEqualTo(25);
        }
    }

    @Test
    void thePublishedSiteObservesEveryWorkspaceOfTheModule() throws Exception {
        CountingSessionProvider sessions = new CountingSessionProvider(standalone.sessions());
        try (Site published = Site.published(standalone.module(), standalone.source(), sessions, JSON, DeliverySettings.DEFAULTS)) {
            published.start();
            assertThat(published.changes()).isPresent();
            assertThat(sessions.logins()).as("one observation session per workspace, the index's two per content workspace, "
                            + "and one short one that finds the repository's publication lock")
                    .isEqualTo(standalone.module().workspaces().size() + 2 * standalone.module().contentWorkspaces().size() + 1);
            assertThat(published.index().items("relationship-categories", ItemSearch.all(), SortOrder.byName(), 0, 10).total())
                    .isEqualTo(4);
        }
    }

    @Test
    void aChangeMovesTheGenerationAgainOnceTheIndexHoldsIt() throws Exception {
        try (Site published = Site.published(standalone.module(), standalone.source(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS)) {
            published.start();
            var changes = published.changes().orElseThrow();
            long before = changes.generation("organizations");
            javax.jcr.Session session = standalone.sessions().login(org.oicc.relations.repository.Side.PUBLIC, "organizations");
            try {
                org.oicc.relations.testing.StoredNodes.node(session, "/iula").setProperty("acronym", "IULA2");
                session.save();
            } finally {
                session.logout();
            }
            // once by the tracker's own listener, once when the index has applied the change: an answer
            // cached from the old index between the two is stale
            assertThat(changes.generation("organizations")).isEqualTo(before + 2);
        }
    }

    @Test
    void draftsAreNeverStoredAndCarryNoValidators() throws Exception {
        Site drafts = Site.drafts(standalone.module(), standalone.source(), standalone.sessions(), JSON, DeliverySettings.DEFAULTS);
        HttpServer http = new HttpServer("127.0.0.1", 0, drafts, JSON);
        http.start();
        try {
            for (String path : PATHS) {
                HttpResponse<String> first = get(http, path, null);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
                assertThat(first.headers().firstValue("ETag")).as(path).isEmpty();
                assertThat(first.headers().firstValue("Last-Modified")).as(path).isEmpty();
                // "*" still asks whether the answer exists, and it does
                assertThat(get(http, path, "*").statusCode()).as(path).isEqualTo(304);
            }
        } finally {
            http.close();
        }
    }

    private HttpResponse<String> get(HttpServer http, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
