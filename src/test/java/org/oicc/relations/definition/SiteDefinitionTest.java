package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The site definition, with Magnolia's keys: its locales are the content languages; what it cannot honour is an error. */
class SiteDefinitionTest {

    private static final String I18N = """
            i18n:
              class: info.magnolia.cms.i18n.DefaultI18nContentSupport
              enabled: true
              fallbackLocale: en
              defaultLocale: en
              locales:
                en:
                  language: en
                  enabled: true
                fa:
                  language: fa
                  country: IR
                  enabled: true
                de:
                  language: de
                  enabled: false
            """;

    @TempDir
    Path temp;

    @Test
    void theShippedSiteNamesTheLanguagesAndTheHomePage() {
        SiteDefinition site = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")).site();

        assertThat(site.defaultLocale()).isEqualTo("en");
        assertThat(site.locales()).containsExactly("en", "ar", "fr");
        assertThat(site.homePage()).isEqualTo("/relations");
        assertThat(site.location().file()).isEqualTo("sites/relations.yaml");
    }

    @Test
    void theShippedSiteSetsMagnoliasI18nClassExplicitly() throws IOException {
        // IETF is the 6.3+ default; <property>_<locale> names need DefaultI18nContentSupport named in the file
        String text = Files.readString(Path.of("light-modules/oicc-relations/sites/relations.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains("""
                i18n:
                  class: info.magnolia.cms.i18n.DefaultI18nContentSupport
                  enabled: true
                  fallbackLocale: en
                  defaultLocale: en
                """);
    }

    @Test
    void enabledLocalesOnlyWithTheirCountry() throws IOException {
        SiteDefinition site = load(withSite(I18N)).site();

        assertThat(site.locales()).containsExactly("en", "fa_IR");
    }

    @Test
    void withoutASiteOrWithI18nOffOnlyTheFallbackLocale() throws IOException {
        Path module = withSite(I18N.replace("  enabled: true\n  fallbackLocale", "  enabled: false\n  fallbackLocale"));
        assertThat(load(module).site().locales()).containsExactly("en");

        Files.delete(module.resolve("sites/relations.yaml"));
        SiteDefinition none = load(module).site();
        assertThat(none.locales()).containsExactly("en");
        assertThat(none.homePage()).isEqualTo("/");
    }

    @Test
    void keysOfAMagnoliaSiteThatAreNotHonouredAreNamed() throws IOException {
        Path module = withSite("theme:\n  name: default\n" + I18N + "colour: blue\n");

        assertProblem(module, "sites/relations.yaml:1: 'theme' of a Magnolia site is not honoured by this runtime");
        assertProblem(module, "unknown key 'colour' in site definition relations");
    }

    @Test
    void onlyDefaultI18nContentSupportStoresTranslationsAsThisRuntimeReadsThem() throws IOException {
        assertProblem(withSite(I18N.replace("DefaultI18nContentSupport", "IetfI18nContentSupport")),
                "sites/relations.yaml:2: i18n class 'info.magnolia.cms.i18n.IetfI18nContentSupport' is not supported");
    }

    @Test
    void theDefaultLocaleIsTheFallbackLocale() throws IOException {
        assertProblem(withSite(I18N.replace("defaultLocale: en", "defaultLocale: fa_IR")),
                "sites/relations.yaml:5: defaultLocale 'fa_IR' must equal fallbackLocale 'en'");
    }

    @Test
    void theFallbackLocaleMustBeEnabled() throws IOException {
        assertProblem(withSite(I18N.replace("fallbackLocale: en", "fallbackLocale: de").replace("defaultLocale: en", "defaultLocale: de")),
                "sites/relations.yaml:4: fallbackLocale 'de' is not an enabled locale of site definition relations (enabled: en, fa_IR)");
    }

    @Test
    void localesAreLanguageAndCountryCodes() throws IOException {
        Path module = withSite(I18N.replace("language: fa", "language: Farsi").replace("country: IR", "country: iran"));

        assertProblem(module, "language 'Farsi' must be an ISO 639 code such as en");
        assertProblem(withSite(I18N.replace("country: IR", "country: iran")), "country 'iran' must be an ISO 3166 code such as EG");
        assertProblem(withSite(I18N.replace("    fa:\n      language: fa\n      country: IR", "    fa:\n      language: en")),
                "locale 'en' is enabled twice in site definition relations");
    }

    @Test
    void oneSitePerModule() throws IOException {
        Path module = withSite(I18N);
        Files.writeString(module.resolve("sites/other.yaml"), I18N, StandardCharsets.UTF_8);

        assertProblem(module, "sites/relations.yaml:1: a second site definition: this runtime serves one site, already defined in "
                + "sites/other.yaml");
    }

    private Path withSite(String yaml) throws IOException {
        Path module = temp.resolve("oicc-relations");
        if (!Files.exists(module)) {
            TestTrees.copy(TestTrees.LIGHT_MODULE, module);
        }
        Files.writeString(module.resolve("sites/relations.yaml"), yaml, StandardCharsets.UTF_8);
        return module;
    }

    private static LightModule load(Path module) {
        return new LightModuleLoader().load(ModuleSource.directory(module));
    }

    private static void assertProblem(Path module, String text) {
        assertThatThrownBy(() -> load(module)).isInstanceOfSatisfying(DefinitionException.class,
                e -> assertThat(e.problems()).map(DefinitionProblem::toString).anyMatch(p -> p.contains(text)));
    }
}
