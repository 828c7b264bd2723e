package org.oicc.relations.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * English texts for problem keys. The service's own keys ship with this package; validator keys
 * ({@code errorMessage} of a form validator) come from the light module's English bundle, the same
 * text Magnolia shows under the form field, so both runtimes say the same thing.
 */
public final class ValidationMessages {

    static final String PREFIX = "oicc-relations.content.";
    private static final String BUILT_IN = "validation-messages.properties";

    private final Map<String, String> texts;

    private ValidationMessages(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Only the service's own texts. */
    public static ValidationMessages builtIn() {
        try (InputStream in = ValidationMessages.class.getResourceAsStream(BUILT_IN)) {
            return new ValidationMessages(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Built-in texts plus {@code /<module>/i18n/<module>-messages_en.properties} if on the classpath. */
    public static ValidationMessages forModule(String moduleName) {
        String path = "/" + moduleName + "/i18n/" + moduleName + "-messages_en.properties";
        try (InputStream in = ValidationMessages.class.getResourceAsStream(path)) {
            return in == null ? builtIn() : builtIn().with(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties p = new Properties();
        if (in != null) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
