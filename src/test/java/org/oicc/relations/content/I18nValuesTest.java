package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Property;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-property fallback to English, for items, submodel entries and raw nodes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class I18nValuesTest {

    private ContentFixture f;
    private Item aim;

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        f = new ContentFixture(home);
        aim = f.service.create("agreementAim", "environment", ItemInput.of(Map.of(
                "title", "Protection of the environment",
                "title_ar", "حماية البيئة",
                "description", "<p>Cooperation on the environment</p>",
                "domains", List.of("environment"),
                "domains_fr", List.of("environnement"))), "editor");
        f.withSession("agreement-aims", s -> {
            StoredNodes.node(s, "/environment").setProperty("description_fr", "  ");  // as an old import might leave it
            s.save();
            return null;
        });
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void translationWhereItExists() {
        assertThat(I18nValues.localized(aim, "title", "ar")).contains("حماية البيئة");
        assertThat(I18nValues.localized(aim, "domains", "fr")).contains(List.of("environnement"));
    }

    @Test
    void englishWhereTheTranslationIsMissing() {
        assertThat(I18nValues.localized(aim, "title", "fr")).contains("Protection of the environment");
        assertThat(I18nValues.localized(aim, "domains", "ar")).contains(List.of("environment"));
    }

    @Test
    void defaultOrNoLocaleGivesTheEnglishValue() {
        assertThat(I18nValues.localized(aim, "title", "en")).contains("Protection of the environment");
        assertThat(I18nValues.localized(aim, "title", null)).contains("Protection of the environment");
    }

    @Test
    void regionTagFallsBackToItsLanguage() {
        assertThat(I18nValues.localized(aim, "title", "ar-SA")).contains("حماية البيئة");
    }

    @Test
    void absentEverywhereIsEmpty() {
        assertThat(I18nValues.localized(aim, "position", "ar")).isEmpty();
    }

    @Test
    void submodelEntriesFallBackPerProperty() {
        Map<String, Object> entry = Map.of("role", "Member", "role_ar", "عضو", "note", "Since 1980");
        assertThat(I18nValues.localized(entry, "role", "ar")).contains("عضو");
        assertThat(I18nValues.localized(entry, "note", "ar")).contains("Since 1980");
    }

    @Test
    void nodesFallBackAndTreatBlankAsMissing() throws Exception {
        f.withSession("agreement-aims", s -> {
            var node = StoredNodes.node(s, "/environment");
            assertThat(I18nValues.localized(node, "title", "ar").map(I18nValuesTest::string)).contains("حماية البيئة");
            assertThat(I18nValues.localized(node, "description", "fr").map(I18nValuesTest::string))
                    .contains("<p>Cooperation on the environment</p>");
            assertThat(I18nValues.localized(node, "intro", "fr")).isEqualTo(Optional.empty());
            return null;
        });
    }

    private static String string(Property p) {
        try {
            return p.getString();
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
