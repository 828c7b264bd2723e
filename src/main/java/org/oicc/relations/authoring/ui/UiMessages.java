package org.oicc.relations.authoring.ui;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.MessageBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authoring UI's own words, {@code messages/ui_<language>.properties} (UTF-8) next to this class,
 * one bundle per language the UI speaks, read once. Content-type field labels are not here: they come
 * from the light module's bundles through {@link Labels}, the texts Magnolia's AdminCentral shows.
 */
final class UiMessages {

    /** The UI's languages, in the order the language switch lists them; the first is the fallback. */
    static final List<String> LANGUAGES = List.of("en", "ar", "fr");
    static final String FALLBACK = LANGUAGES.get(0);

    private final Map<String, Map<String, String>> bundles;
    private final Map<String, UiText> texts = new LinkedHashMap<>();

    UiMessages(LightModule module) {
        this.bundles = readAll();
        for (String lang : LANGUAGES) {
            texts.put(lang, new UiText(lang, bundles.get(lang), bundles.get(FALLBACK), Labels.of(module, lang, FALLBACK)));
        }
    }

    /** One language's texts; an unknown language gets the fallback's. */
    UiText text(String language) {
        return texts.getOrDefault(language, texts.get(FALLBACK));
    }

    static boolean speaks(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** Each language's bundle as written (no fallback): what the tests compare. */
    static Map<String, Map<String, String>> readAll() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String file = "messages/ui_" + lang + ".properties";
            try (InputStream in = UiMessages.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " is missing from the jar");
                }
                out.put(lang, MessageBundles.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return out;
    }
}
