package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit saved through the content service is seen on the very next request of every endpoint
 * whose answer read the edited workspace, and only of those. Each test edits in its own way, so
 * they share one repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheInvalidationTest {

    private static final String OBSERVER = HttpFixture.CATEGORIES + "/observer";
    private HttpFixture server;

    @BeforeAll
    void start(@TempDir Path data) {
        server = new HttpFixture(data, DeliverySettings.DEFAULTS);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void editingACategoryChangesItsAnswerOnTheVeryNextRequest() throws Exception {
        editObserverTitle("Observer Membership");
        HttpResponse<byte[]> before = server.get(OBSERVER);
        assertThat(server.json(before).at("/title").asText()).isEqualTo("Observer Membership");

        editObserverTitle("Observer Status");
        int logins = server.sessions.logins();
        HttpResponse<byte[]> after = server.get(OBSERVER);

        assertThat(server.json(after).at("/title").asText()).isEqualTo("Observer Status");
        assertThat(etag(after)).isNotEqualTo(etag(before));
        // re-rendered, not the cached answer (new title and ETag), from the category's on-disk copy that the save
        // rewrote: no session is opened for it
        assertThat(server.sessions.logins()).as("written from the copy").isEqualTo(logins);
        assertThat(server.send(server.request(OBSERVER).header("If-None-Match", etag(before))).statusCode()).isEqualTo(200);
    }

    @Test
    void editingACategoryInvalidatesTheOrganizationsAnswerThatReferencesCategories() throws Exception {
        HttpResponse<byte[]> before = server.get(HttpFixture.ORGANIZATIONS);
        int cached = server.sessions.logins();
        assertThat(server.get(HttpFixture.ORGANIZATIONS).body()).isEqualTo(before.body());
        assertThat(server.sessions.logins()).as("a cache hit before the edit").isEqualTo(cached);

        editObserverTitle("Observers");
        HttpResponse<byte[]> after = server.get(HttpFixture.ORGANIZATIONS);

        assertThat(etag(after)).isNotEqualTo(etag(before));
        assertThat(server.sessions.logins()).as("re-rendered after the edit").isGreaterThan(cached);
        assertThat(server.send(server.request(HttpFixture.ORGANIZATIONS).header("If-None-Match", etag(before))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theExpandedCategoryInsideAnOrganizationShowsTheEditOnTheNextRequest() throws Exception {
        String alecso = HttpFixture.ORGANIZATIONS + "/alecso";
        editObserverTitle("Observer Membership");
        assertThat(server.json(server.get(alecso)).at("/relationships/0/category/title").asText()).isEqualTo("Observer Membership");

        editObserverTitle("Observers of the OICC");

        assertThat(server.json(server.get(alecso)).at("/relationships/0/category/title").asText()).isEqualTo("Observers of the OICC");
    }

    @Test
    void anEditElsewhereLeavesAnswersThatDoNotReadItCachedAndValid() throws Exception {
        HttpResponse<byte[]> categories = server.get(HttpFixture.CATEGORIES);

        server.content.update("agreementAim", "studies-and-projects", ItemInput.of(Map.of("title", "Joint studies")), "editor");
        int logins = server.sessions.logins();

        assertThat(server.send(server.request(HttpFixture.CATEGORIES).header("If-None-Match", etag(categories))).statusCode())
                .isEqualTo(304);
        assertThat(server.get(HttpFixture.CATEGORIES).body()).isEqualTo(categories.body());
        assertThat(server.sessions.logins()).isEqualTo(logins);
    }

    @Test
    void lastModifiedMovesToTheEdit() throws Exception {
        Instant start = lastModified(server.get(OBSERVER));
        Instant beforeEdit = Instant.now().minusMillis(999);

        editObserverTitle("Observer Members");
        Instant afterEdit = lastModified(server.get(OBSERVER));

        assertThat(afterEdit).isAfterOrEqualTo(start).isAfterOrEqualTo(beforeEdit).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void aDeletedItemIsA404OnTheVeryNextRequest() throws Exception {
        server.content.create("relationshipCategory", "partnership", ItemInput.of(Map.of("title", "Partnership", "kind", "membership")),
                "editor");
        assertThat(server.get(HttpFixture.CATEGORIES + "/partnership").statusCode()).isEqualTo(200);

        server.content.delete("relationshipCategory", "partnership", "editor");

        assertThat(server.get(HttpFixture.CATEGORIES + "/partnership").statusCode()).isEqualTo(404);
    }

    private void editObserverTitle(String title) {
        server.content.update("relationshipCategory", "observer", ItemInput.of(Map.of("title", title)), "editor");
    }

    private static String etag(HttpResponse<byte[]> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static Instant lastModified(HttpResponse<byte[]> response) {
        return ZonedDateTime.parse(response.headers().firstValue("Last-Modified").orElseThrow(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }
}
