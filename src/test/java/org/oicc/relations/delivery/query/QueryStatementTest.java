package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.QueryFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JCR-SQL2 text itself: names from the whitelist, every client value a bind variable. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryStatementTest {

    private static final String ATTACK = "x' OR '1'='1] )";

    private QueryFixture fx;
    private Session session;

    @BeforeAll
    void start(@TempDir Path data) throws RepositoryException {
        fx = new QueryFixture(data);
        session = fx.site.sessions.login(Side.PUBLIC, "relationship-categories");
    }

    @AfterAll
    void stop() {
        session.logout();
        fx.close();
    }

    private SqlStatement items(String... keyValues) throws RepositoryException {
        DeliveryEndpointDefinition endpoint = (DeliveryEndpointDefinition) fx.site.module
                .endpoint(QueryFixture.CATEGORIES).orElseThrow();
        Map<String, String[]> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], new String[] {keyValues[i + 1]});
        }
        ContentLocales locales = ContentLocales.of(fx.site.module);
        DeliveryRequest request = new RequestParser(endpoint, locales, 100).parse("", params, null);
        QueryPlan plan = QueryPlan.of(request, QueryFields.of(
                fx.site.module.contentTypeOfWorkspace(endpoint.workspace()).orElseThrow(), locales, endpoint.orderBy()));
        return new QueryBuilder(endpoint, locales).items(session, plan.conditions(), List.of(), plan.fullText(), request.language());
    }

    @Test
    void aLocalizedI18nFilterFallsBackToEnglishWithBoundValues() throws RepositoryException {
        SqlStatement sql = items("lang", "ar", "title", ATTACK);
        assertThat(sql.toString()).isEqualTo("SELECT * FROM [oicc:relationshipCategory] AS n WHERE "
                + "(n.[title_ar] = $v0 OR ((NOT (n.[title_ar] IS NOT NULL)) AND n.[title] = $v1))");
        assertThat(sql.bindings().get("v0").getString()).isEqualTo(ATTACK);
        assertThat(sql.bindings().get("v1").getString()).isEqualTo(ATTACK);
    }

    @Test
    void typedRangesNegationAndFullText() throws RepositoryException {
        SqlStatement sql = items("position[not-in]", "1~2|4~4", "q", ATTACK, "mgnl:created[lte]", "2024-01-31");
        assertThat(sql.toString()).isEqualTo("SELECT * FROM [oicc:relationshipCategory] AS n WHERE CONTAINS(n.*, $q)"
                + " AND (n.[position] IS NOT NULL AND (NOT ((n.[position] >= $v0 AND n.[position] <= $v1)"
                + " OR (n.[position] >= $v2 AND n.[position] <= $v3))))"
                + " AND n.[mgnl:created] < $v4");
        assertThat(sql.bindings().get("v0").getLong()).isEqualTo(1L);
        assertThat(sql.bindings().get("q").getString()).isEqualTo("x or 1 1");
        assertThat(sql.bindings().get("v4").getDate().toInstant()).hasToString("2024-02-01T00:00:00Z");
    }
}
