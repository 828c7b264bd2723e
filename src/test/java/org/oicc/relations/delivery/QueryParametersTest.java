package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.delivery.QueryFixture.AGREEMENT;
import static org.oicc.relations.delivery.QueryFixture.AIMS;
import static org.oicc.relations.delivery.QueryFixture.CATEGORIES;
import static org.oicc.relations.delivery.QueryFixture.MEMBERSHIP;
import static org.oicc.relations.delivery.QueryFixture.OBSERVER;
import static org.oicc.relations.delivery.QueryFixture.ORGANIZATIONS;

/** {@code @name}, {@code q}, {@code orderBy}, {@code offset}, {@code limit}, {@code lang} and submodel filters on the seed content. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryParametersTest {

    private static final List<String> OBSERVERS = List.of("alecso", "icci", "idb", "ircica", "isesco", "oic", "oisa", "sesrtcic");

    private QueryFixture fx;

    @BeforeAll
    void start(@TempDir Path data) {
        fx = new QueryFixture(data);
    }

    @AfterAll
    void stop() {
        fx.close();
    }

    @Test
    void defaultOrderIsPositionElseNodeName() throws Exception {
        assertThat(fx.names(CATEGORIES)).containsExactly("consultative-status", "membership", "observer", "cooperation-agreement");
        assertThat(fx.names(ORGANIZATIONS, "limit", "4")).containsExactly("alecso", "ato", "atu", "cedare");
    }

    @Test
    void atNameMatchesNodeNames() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "@name", "iula")).containsExactly("iula");
        assertThat(fx.names(ORGANIZATIONS, "@name", "iula|idb")).containsExactly("idb", "iula");
        assertThat(fx.names(ORGANIZATIONS, "@name", "iula' OR '1'='1")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "@name", "a]b|*|iula")).containsExactly("iula"); // no node has an invalid name
    }

    @Test
    void anItemById() throws Exception {
        assertThat(fx.names(CATEGORIES, "jcr:uuid", OBSERVER)).containsExactly("observer");
        assertThat(fx.names(CATEGORIES, "@jcr:uuid", OBSERVER + "|" + MEMBERSHIP)).containsExactly("membership", "observer");
    }

    @Test
    void qSearchesTheItemsText() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "q", "photogrammetry")).containsExactly("isprs");
        assertThat(fx.names(ORGANIZATIONS, "q", "Islamic development")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "q", "\"Islamic Development Bank\"")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "q", "البنك")).containsExactly("idb"); // translations are searched too
        assertThat(fx.names(ORGANIZATIONS, "q", "photogrammetry", "acronym", "IDB")).isEmpty();
    }

    @Test
    void qSyntaxIsNotInterpreted() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "q", "photogrammetry OR bank")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "q", "photogram*")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "q", "(photogrammetry) [AND] remote~")).containsExactly("isprs");
    }

    @Test
    void orderByOneKeyDescending() throws Exception {
        assertThat(fx.names(CATEGORIES, "orderBy", "position desc"))
                .containsExactly("cooperation-agreement", "observer", "membership", "consultative-status");
        assertThat(fx.names(CATEGORIES, "orderBy", "title ASC"))
                .containsExactly("consultative-status", "cooperation-agreement", "membership", "observer");
    }

    @Test
    void orderBySeveralKeysWithMissingValuesLast() throws Exception {
        List<String> names = fx.names(ORGANIZATIONS, "orderBy", "website desc, acronym desc");
        assertThat(names).hasSize(25);
        assertThat(names.subList(0, 2)).containsExactly("unido", "unicef"); // https://www.unido.org > https://www.unicef.org
        // the ten without a website come last, by acronym descending
        assertThat(names.subList(15, 25)).containsExactly("vea", "uto", "un-ecosoc", "un-dpi", "oisa",
                "league-of-arab-states", "iula", "icci", "atu", "ato");
    }

    @Test
    void orderByNodeNameAndSystemNames() throws Exception {
        assertThat(fx.names(AIMS, "orderBy", "@name desc", "limit", "2"))
                .containsExactly("studies-and-projects", "expanding-cooperation");
        assertThat(fx.names(CATEGORIES, "orderBy", "jcr:uuid")).containsExactly(
                "cooperation-agreement", "consultative-status", "membership", "observer");
    }

    @Test
    void offsetSkipsAndTotalCountsAll() throws Exception {
        JsonNode page = fx.json(CATEGORIES, "offset", "3");
        assertThat(page.get("results")).hasSize(1);
        assertThat(page.get("results").get(0).get("@name").asText()).isEqualTo("cooperation-agreement");
        assertThat(page.get("total").asInt()).isEqualTo(4);
        assertThat(page.get("offset").asInt()).isEqualTo(3);
        JsonNode beyond = fx.json(CATEGORIES, "offset", "10");
        assertThat(beyond.get("results")).isEmpty();
        assertThat(beyond.get("total").asInt()).isEqualTo(4);
    }

    @Test
    void limitCutsThePage() throws Exception {
        JsonNode page = fx.json(ORGANIZATIONS, "limit", "3", "offset", "1");
        assertThat(page.get("results")).extracting(n -> n.get("@name").asText()).containsExactly("ato", "atu", "cedare");
        assertThat(page.get("total").asInt()).isEqualTo(25);
        assertThat(page.get("limit").asInt()).isEqualTo(3);
        assertThat(fx.json(ORGANIZATIONS).get("limit").asInt()).isEqualTo(50); // the endpoint's own default
    }

    @Test
    void localizedFilterMatchesTheTranslationOrEnglishWhereUntranslated() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "lang", "fr", "name", "Banque islamique de développement")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "lang", "fr", "name", "Islamic Development Bank")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "lang", "fr", "name", "International Association of Metropolis"))
                .containsExactly("metropolis");
        assertThat(fx.names(ORGANIZATIONS, "lang", "en", "name", "Banque islamique de développement")).isEmpty();
        // a stored translation named outright, and lang=all, compare stored values
        assertThat(fx.names(ORGANIZATIONS, "name_fr", "Banque islamique de développement")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "lang", "all", "name", "Islamic Development Bank")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "lang", "ar", "name[like]", "%البنك%")).containsExactly("idb");
    }

    @Test
    void localizedOrderUsesTheTranslationOrEnglish() throws Exception {
        assertThat(fx.names(CATEGORIES, "lang", "ar", "orderBy", "title"))
                .containsExactly("cooperation-agreement", "observer", "membership", "consultative-status");
        assertThat(fx.names(ORGANIZATIONS, "lang", "fr", "orderBy", "name", "@name", "metropolis|iula|idb"))
                .containsExactly("idb", "metropolis", "iula");
        assertThat(fx.names(ORGANIZATIONS, "lang", "en", "orderBy", "name", "@name", "metropolis|iula|idb"))
                .containsExactly("metropolis", "iula", "idb");
    }

    @Test
    void submodelFilterFindsOrganizationsInTheObserverCategory() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "relationships.category", OBSERVER)).isEqualTo(OBSERVERS);
        JsonNode page = fx.json(ORGANIZATIONS, "relationships.category", OBSERVER, "offset", "6", "limit", "5");
        assertThat(page.get("results")).extracting(n -> n.get("@name").asText()).containsExactly("oisa", "sesrtcic");
        assertThat(page.get("total").asInt()).isEqualTo(8);
    }

    @Test
    void submodelFilterCountsAnOrganizationOnceAndJoinsConditionsOnOneEntry() throws Exception {
        // seven membership entries, five organizations (ICLEI and IULA hold two each)
        assertThat(fx.names(ORGANIZATIONS, "relationships.category", MEMBERSHIP))
                .containsExactly("congo", "iclei", "icomos", "iula", "vea");
        // IDB is an observer and party to an agreement, but no single entry is both
        assertThat(fx.names(ORGANIZATIONS, "relationships.category", AGREEMENT, "relationships.role", "Observer")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "relationships.category", AGREEMENT, "acronym", "IDB")).containsExactly("idb");
        assertThat(fx.names(ORGANIZATIONS, "lang", "ar", "relationships.role", "مراقب")).isEqualTo(OBSERVERS);
    }

    @Test
    void likeOnSubmodelEntriesAndInALocalizedRequestMatchesTheValueTheReaderSees() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "relationships.role[like]", "Obs%")).isEqualTo(OBSERVERS);
        assertThat(fx.names(ORGANIZATIONS, "relationships.role[like]", "obs%")).as("case counts").isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "lang", "ar", "relationships.role[like]", "%راق%")).isEqualTo(OBSERVERS);
        assertThat(fx.names(ORGANIZATIONS, "relationships.category", AGREEMENT, "relationships.role[like]", "Obs%")).isEmpty();
        assertThat(fx.names(ORGANIZATIONS, "lang", "ar", "name[like]", "%Islamic%")).as("Arabic names, not English")
                .doesNotContain("idb");
    }
}
