package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label an editor sees exists in English, Arabic and French, and the bundles agree on their keys. */
class MessageBundlesTest {

    private static final List<String> LOCALES = List.of("en", "ar", "fr");

    @Test
    void everyContentTypePropertyHasALabelInEveryLanguage() throws IOException {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        List<String> keys = new ArrayList<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            type.model().properties().forEach(p -> keys.add("oicc-relations." + type.name() + "." + p.name() + ".label"));
            for (SubModelDefinition sub : type.model().subModels()) {
                sub.properties().forEach(p -> keys.add("oicc-relations." + type.name() + "." + sub.name() + "." + p.name() + ".label"));
            }
            type.model().properties().forEach(p -> p.options()
                    .forEach(o -> keys.add("oicc-relations." + type.name() + "." + p.name() + "." + o)));
            type.model().properties().forEach(p -> p.validators().forEach(v -> keys.add(v.errorMessage())));
        }
        module.apps().values().forEach(app -> keys.add(app.label()));

        for (String locale : LOCALES) {
            Properties bundle = bundle(locale);
            assertThat(keys).as("keys missing from the %s bundle", locale)
                    .allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws IOException {
        Properties en = bundle("en");
        for (String locale : List.of("ar", "fr")) {
            assertThat(bundle(locale).stringPropertyNames()).as(locale).isEqualTo(en.stringPropertyNames());
        }
    }

    @Test
    void arabicBundleIsReallyArabic() throws IOException {
        String label = bundle("ar").getProperty("oicc-relations.organization.name.label");
        assertThat(label.codePoints()).anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    }

    private static Properties bundle(String locale) throws IOException {
        String path = "/oicc-relations/i18n/oicc-relations-messages_" + locale + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
