package org.oicc.relations.delivery;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.delivery.QueryFixture.AIMS;
import static org.oicc.relations.delivery.QueryFixture.CATEGORIES;
import static org.oicc.relations.delivery.QueryFixture.ORGANIZATIONS;

/** Each filter operator on the seed content; results come in the default order (position, else name). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryOperatorsTest {

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
    void eqIsTheDefaultOperatorAndAlternativesAreOred() throws Exception {
        assertThat(fx.names(CATEGORIES, "kind", "observer")).containsExactly("observer");
        assertThat(fx.names(CATEGORIES, "kind[eq]", "observer|membership")).containsExactly("membership", "observer");
    }

    @Test
    void neMatchesItemsHavingNoneOfTheAlternatives() throws Exception {
        assertThat(fx.names(CATEGORIES, "kind[ne]", "observer"))
                .containsExactly("consultative-status", "membership", "cooperation-agreement");
        assertThat(fx.names(CATEGORIES, "kind[ne]", "observer|membership"))
                .containsExactly("consultative-status", "cooperation-agreement");
        // items without the property are not "unequal" to anything: 15 of 25 organizations have a website
        assertThat(fx.names(ORGANIZATIONS, "website[ne]", "https://www.alecso.org")).hasSize(14).doesNotContain("alecso", "ato");
    }

    @Test
    void ltComparesNumbersAsNumbers() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[lt]", "3")).containsExactly("consultative-status", "membership");
        assertThat(fx.names(AIMS, "position[lt]", "10")).hasSize(5); // as text "5" < "10" would be false
    }

    @Test
    void gt() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[gt]", "3")).containsExactly("cooperation-agreement");
        assertThat(fx.names(CATEGORIES, "position[gt]", "10")).isEmpty();
    }

    @Test
    void lte() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[lte]", "2")).containsExactly("consultative-status", "membership");
    }

    @Test
    void gte() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[gte]", "3")).containsExactly("observer", "cooperation-agreement");
    }

    @Test
    void likeUsesPercentWildcards() throws Exception {
        assertThat(fx.names(ORGANIZATIONS, "acronym[like]", "UN%")).containsExactly("un-dpi", "un-ecosoc", "unicef", "unido");
        assertThat(fx.names(ORGANIZATIONS, "name[like]", "%Islamic%|%Arab %"))
                .containsExactly("alecso", "ato", "cedare", "icci", "idb", "ircica", "isesco", "league-of-arab-states",
                        "oic", "oisa", "sesrtcic", "vea");
    }

    @Test
    void inTakesInclusiveRanges() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[in]", "2~3")).containsExactly("membership", "observer");
        assertThat(fx.names(CATEGORIES, "position[in]", "1~1|4~4")).containsExactly("consultative-status", "cooperation-agreement");
        assertThat(fx.names(ORGANIZATIONS, "acronym[in]", "A~C")).containsExactly("alecso", "ato", "atu");
    }

    @Test
    void notInExcludesEveryRange() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[not-in]", "2~3")).containsExactly("consultative-status", "cooperation-agreement");
        assertThat(fx.names(CATEGORIES, "position[not-in]", "1~1|4~4")).containsExactly("membership", "observer");
    }

    @Test
    void filtersAreAnded() throws Exception {
        assertThat(fx.names(CATEGORIES, "position[gte]", "2", "position[lte]", "3", "kind[ne]", "observer"))
                .containsExactly("membership");
    }
}
