package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.delivery.QueryFixture.AIMS;
import static org.oicc.relations.delivery.QueryFixture.CATEGORIES;
import static org.oicc.relations.delivery.QueryFixture.ORGANIZATIONS;

/** Every way a query can be refused: a 400 naming the parameter, decided before the repository is read. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryErrorsTest {

    private QueryFixture fx;

    @BeforeAll
    void start(@TempDir Path data) {
        fx = new QueryFixture(data, new DeliverySettings(30, "no-cache", List.of()));
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    private void refused(String message, String endpoint, String... keyValues) {
        DeliveryException e = fx.error(endpoint, keyValues);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalidValueFormat");
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void unknownOperator() {
        refused("parameter 'kind[between]': unknown operator 'between' (operators: eq, ne, lt, gt, lte, gte, like, in, not-in)",
                CATEGORIES, "kind[between]", "a");
    }

    @Test
    void unknownPropertyInAFilter() {
        refused("parameter 'colour': unknown property 'colour'", CATEGORIES, "colour", "red");
        refused("parameter 'title_de': unknown property 'title_de'", CATEGORIES, "title_de", "x");
        refused("parameter 'parent.name': unknown property 'parent.name'", ORGANIZATIONS, "parent.name", "x");
    }

    @Test
    void aSubmodelIsNotAValue() {
        refused("parameter 'relationships': 'relationships' holds entries; name one of their properties, e.g. 'relationships.category'",
                ORGANIZATIONS, "relationships", "x");
    }

    @Test
    void unknownPropertyInOrderBy() {
        refused("parameter 'orderBy': unknown property 'colour'", CATEGORIES, "orderBy", "position,colour desc");
        refused("parameter 'orderBy': cannot order by 'relationships.role': an item may hold several entries, so it has no single value",
                ORGANIZATIONS, "orderBy", "relationships.role");
    }

    @Test
    void malformedDate() {
        refused("parameter 'mgnl:created[gt]': '2024-02-30' is not a date (yyyy-MM-dd or yyyy-MM-dd'T'HH:mm:ss.SSSXXX)",
                AIMS, "mgnl:created[gt]", "2024-02-30");
        refused("parameter 'mgnl:created': '2024-01-01T10:00:00Z' is not a date (yyyy-MM-dd or yyyy-MM-dd'T'HH:mm:ss.SSSXXX)",
                AIMS, "mgnl:created", "2024-01-01T10:00:00Z");
    }

    @Test
    void malformedNumber() {
        refused("parameter 'position[gt]': 'two' is not a whole number", CATEGORIES, "position[gt]", "two");
        refused("parameter 'position': '1.5' is not a whole number", CATEGORIES, "position", "1.5");
        refused("parameter 'position[in]': 'x' is not a whole number", CATEGORIES, "position[in]", "1~x");
    }

    @Test
    void negativeOrNonNumericOffset() {
        refused("parameter 'offset': must be a whole number from 0 to 999999999, found '-1'", CATEGORIES, "offset", "-1");
        refused("parameter 'offset': must be a whole number from 0 to 999999999, found 'ten'", CATEGORIES, "offset", "ten");
    }

    @Test
    void negativeOrNonNumericLimit() {
        refused("parameter 'limit': must be a whole number from 0 to 999999999, found '-5'", CATEGORIES, "limit", "-5");
        refused("parameter 'limit': must be a whole number from 0 to 999999999, found '5x'", CATEGORIES, "limit", "5x");
        refused("parameter 'limit': must be at least 1", CATEGORIES, "limit", "0");
    }

    @Test
    void limitOverTheCap() {
        refused("parameter 'limit': must be at most 30 (the server's cap)", CATEGORIES, "limit", "31");
    }

    @Test
    void unknownOrderByDirection() {
        refused("parameter 'orderBy': unknown direction 'upward' (asc or desc)", CATEGORIES, "orderBy", "position upward");
    }

    @Test
    void junkInOrderBy() {
        refused("parameter 'orderBy': ''; DROP' is not of the form 'property [asc|desc]'", CATEGORIES, "orderBy", "'; DROP");
        refused("parameter 'orderBy': 'title asc desc' is not of the form 'property [asc|desc]'", CATEGORIES, "orderBy", "title asc desc");
        refused("parameter 'orderBy': '' is not of the form 'property [asc|desc]'", CATEGORIES, "orderBy", "position,");
    }

    @Test
    void rangeWithoutExactlyOneTilde() {
        refused("parameter 'position[in]': '2' is not a range; write from~to with exactly one '~'", CATEGORIES, "position[in]", "2");
        refused("parameter 'position[not-in]': '1~2~3' is not a range; write from~to with exactly one '~'",
                CATEGORIES, "position[not-in]", "1~2~3");
    }

    @Test
    void operatorsThatDoNotFitTheValue() {
        refused("parameter 'position[like]': like applies to text properties only", CATEGORIES, "position[like]", "1%");
        refused("parameter '@name[ne]': @name supports only eq", CATEGORIES, "@name[ne]", "observer");
    }

    @Test
    void malformedAncestorOrFullText() {
        refused("parameter '@ancestor': '/../etc' is not a path of plain names like /folder/item", CATEGORIES, "@ancestor", "/../etc");
        refused("parameter '@ancestor': 'observer' is not a path of plain names like /folder/item", CATEGORIES, "@ancestor", "observer");
        refused("parameter 'q': '\"*?\" ~' has no word to search for", CATEGORIES, "q", "\"*?\" ~");
    }

    @Test
    void aFilterThatIsNoFilter() {
        refused("parameter 'title]x': is not a filter of the form property[operator]=value", CATEGORIES, "title]x", "1");
    }
}
