package org.oicc.relations.content;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.MessageBundles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English texts for problem keys. The service's own keys ship with this package; validator keys
 * ({@code errorMessage} of a form validator) come from the English bundle of the light module in use,
 * the same text Magnolia shows under the form field, so both runtimes say the same thing.
 */
public final class ValidationMessages {

    static final String PREFIX = "oicc-relations.content.";
    private static final String BUILT_IN = "validation-messages.properties";
    /** The service answers in English, as its own texts are written. */
    private static final String ENGLISH = Locale.ENGLISH.getLanguage();

    private final Map<String, String> texts;

    private ValidationMessages(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Only the service's own texts. */
    public static ValidationMessages builtIn() {
        try (InputStream in = ValidationMessages.class.getResourceAsStream(BUILT_IN)) {
            return new ValidationMessages(MessageBundles.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built-in texts plus the module's English bundle, read from the module's own files. */
    public static ValidationMessages of(LightModule module) {
        return builtIn().with(module.messages().bundle(ENGLISH));
    }

    /** A copy where {@code more} adds to or overrides these texts. */
    public ValidationMessages with(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(texts);
        all.putAll(more);
        return new ValidationMessages(all);
    }

    /** The text for a key with {@code {0}}-style arguments; unknown keys fall back to {@code fallback}. */
    String text(String key, String fallback, Object... args) {
        String pattern = texts.getOrDefault(key, fallback);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    String text(String key, Object... args) {
        return text(key, key, args);
    }
}
