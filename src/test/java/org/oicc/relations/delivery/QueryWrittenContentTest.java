package org.oicc.relations.delivery;

import org.oicc.relations.testing.StoredNodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.ValidationMessages;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.delivery.QueryFixture.AIMS;
import static org.oicc.relations.delivery.QueryFixture.ORGANIZATIONS;

/**
 * Queries over content written for the test: items with known creation times (both date formats),
 * organizations in folders ({@code @ancestor}), and values full of quotes and query syntax.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryWrittenContentTest {

    private static final String TRICKY = "Say \"hi\" ') OR 1=1 -- ] 100% $v0";

    private QueryFixture fx;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fx = new QueryFixture(data);
        service("2020-03-15T10:00:00Z").create("agreementAim", "old-aim",
                ItemInput.of(Map.of("title", "Old aim", "position", 10)), "archivist");
        service("2021-06-01T23:30:00Z").create("agreementAim", "new-aim",
                ItemInput.of(Map.of("title", "New aim", "position", 11)), "editor");
        service("2022-02-02T08:00:00Z").update("agreementAim", "old-aim", ItemInput.of(Map.of("position", 9)), "editor");
        service("2023-01-01T00:00:00Z").create("agreementAim", "tricky", ItemInput.of(Map.of("title", TRICKY)), "editor");
        Session session = fx.site.sessions.login(Side.AUTHOR, "organizations");
        try {
            Node archive = StoredNodes.addTopLevel(session, "archive", "mgnl:folder");
            archive.addNode("old-union", "oicc:organization").setProperty("name", "Old Union");
            archive.addNode("nineties", "mgnl:folder").addNode("older-union", "oicc:organization").setProperty("name", "Older Union");
            session.save();
        } finally {
            session.logout();
        }
    }

    private ContentService service(String now) {
        return new ContentService(fx.site.module, fx.site.sessions,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC), ContentLocales.of(fx.site.module), ValidationMessages.builtIn());
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    @Test
    void dayDatesCoverTheWholeDay() throws Exception {
        assertThat(fx.names(AIMS, "mgnl:created", "2020-03-15")).containsExactly("old-aim");
        assertThat(fx.names(AIMS, "mgnl:created[lt]", "2021-01-01")).containsExactly("old-aim");
        assertThat(fx.names(AIMS, "mgnl:created[lte]", "2021-06-01")).containsExactly("old-aim", "new-aim");
        assertThat(fx.names(AIMS, "mgnl:created[gt]", "2020-03-15", "mgnl:created[lt]", "2022-01-01")).containsExactly("new-aim");
        assertThat(fx.names(AIMS, "mgnl:created[gte]", "2021-06-01", "mgnl:created[lt]", "2022-01-01")).containsExactly("new-aim");
        assertThat(fx.names(AIMS, "mgnl:created[in]", "2020-01-01~2021-06-01")).containsExactly("old-aim", "new-aim");
        assertThat(fx.names(AIMS, "mgnl:created[in]", "2020-01-01~2021-05-31")).containsExactly("old-aim");
        assertThat(fx.names(AIMS, "mgnl:created[ne]", "2020-03-15", "mgnl:created[lt]", "2022-01-01")).containsExactly("new-aim");
    }

    @Test
    void instantDatesCompareAsInstantsWhateverTheOffset() throws Exception {
        assertThat(fx.names(AIMS, "mgnl:created", "2020-03-15T12:00:00.000+02:00")).containsExactly("old-aim");
        assertThat(fx.names(AIMS, "mgnl:created", "2020-03-15T10:00:00.001Z")).isEmpty();
        assertThat(fx.names(AIMS, "mgnl:created[gt]", "2021-06-01T23:29:59.999+00:00", "mgnl:created[lt]", "2022-01-01"))
                .containsExactly("new-aim");
        assertThat(fx.names(AIMS, "mgnl:created[in]", "2020-03-15T10:00:00.000Z~2021-06-01T23:30:00.000Z"))
                .containsExactly("old-aim", "new-aim");
        assertThat(fx.names(AIMS, "mgnl:lastModified", "2022-02-02")).containsExactly("old-aim");
        assertThat(fx.names(AIMS, "mgnl:createdBy", "archivist", "mgnl:lastModifiedBy", "editor")).containsExactly("old-aim");
    }

    @Test
    void orderByADate() throws Exception {
        assertThat(fx.names(AIMS, "mgnl:created[lt]", "2024-01-01", "orderBy", "mgnl:lastModified desc"))
                .containsExactly("tricky", "old-aim", "new-aim");
    }

    @Test
    void ancestorNarrowsToAFolder() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/archive")).containsExactly("old-union", "older-union");
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/archive/nineties")).containsExactly("older-union");
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/archive/nineties/")).containsExactly("older-union");
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/iula")).isEmpty();
        assertThat(fx.json(ORGANIZATIONS, "@ancestor", "/").get("total").asInt()).isEqualTo(27);
    }

    @Test
    void aMissingAncestorGivesAnEmptyPage() throws Exception {
        JsonNode page = fx.json(ORGANIZATIONS, "@ancestor", "/no-such-folder");
        assertThat(page.get("results")).isEmpty();
        assertThat(page.get("total").asInt()).isZero();
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/no-such-folder|/archive/nineties")).containsExactly("older-union");
        assertThat(fx.names(ORGANIZATIONS, "@ancestor", "/nope:x")).isEmpty(); // an unregistered prefix is no error
    }

    @Test
    void valuesWithQuotesAndSyntaxMatchLiterally() throws Exception {
        assertThat(fx.names(AIMS, "title", TRICKY)).containsExactly("tricky");
        assertThat(fx.names(ORGANIZATIONS, "name", "United Nations Children's Fund")).containsExactly("unicef");
        assertThat(fx.names(ORGANIZATIONS, "lang", "ar", "name", "United Nations Children's Fund")).isEmpty();
    }

    @Test
    void injectionAttemptsMatchNothingRatherThanEverything() throws Exception {
        for (String attack : new String[] {"x' OR '1'='1", "' OR 1=1 --", "') OR (1=1", "x] OR [y", "\" OR \"\"=\"",
                "$v0", "%", "' OR n.[title] LIKE '%", "*"}) {
            assertThat(fx.names(AIMS, "title", attack)).as(attack).isEmpty();
            assertThat(fx.names(AIMS, "title[gt]", "zzz", "title[lt]", attack)).as(attack).isEmpty();
            assertThat(fx.names(AIMS, "lang", "ar", "title", attack)).as(attack).isEmpty();
            assertThat(fx.names(ORGANIZATIONS, "@name", attack)).as(attack).isEmpty();
            assertThat(fx.names(ORGANIZATIONS, "relationships.role", attack)).as(attack).isEmpty();
            assertThat(fx.names(AIMS, "mgnl:createdBy", attack + "|" + attack)).as(attack).isEmpty();
        }
        assertThat(fx.names(AIMS, "title[like]", "%' OR '%'='")).isEmpty();
        assertThat(fx.names(AIMS, "title[in]", "' OR 1=1~' OR 2=2")).isEmpty();
        // full text keeps the words only: "or 1 1" are all in the one title that really says them
        assertThat(fx.names(AIMS, "q", "') OR 1=1 --")).containsExactly("tricky");
        assertThat(fx.names(AIMS, "q", "') OR 2=2 --")).isEmpty();
        // the negation of a value nothing has is everything that has the property, nothing more
        assertThat(fx.names(AIMS, "title[ne]", "') OR (1=1")).hasSize(8);
    }
}
