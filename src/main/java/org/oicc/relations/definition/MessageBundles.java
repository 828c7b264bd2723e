package org.oicc.relations.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's message bundles, {@code i18n/<module>-messages_<locale>.properties} as Magnolia reads
 * them, loaded with the module from the files in use (a {@code --light-modules} folder or the jar's
 * copy). Templates, the authoring UI's labels and the validators' messages all read them here.
 */
public final class MessageBundles {

    public static final MessageBundles NONE = new MessageBundles(Map.of());

    private final Map<String, Map<String, String>> byLocale;

    private MessageBundles(Map<String, Map<String, String>> byLocale) {
        this.byLocale = Map.copyOf(byLocale);
    }

    /** Every bundle of the module, keyed by the locale in its file name. */
    public static MessageBundles read(ModuleSource source) {
        Pattern name = Pattern.compile("i18n/" + Pattern.quote(source.moduleName()) + "-messages_([A-Za-z_]+)\\.properties");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String file : source.list("i18n")) {
            Matcher m = name.matcher(file);
            if (m.matches()) {
                try (InputStream in = source.open(file)) {
                    out.put(m.group(1), read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file + " of " + source, e);
                }
            }
        }
        return new MessageBundles(out);
    }

    /** One {@code .properties} stream as UTF-8, as Magnolia reads bundles (Java's default would be ISO-8859-1). */
    public static Map<String, String> read(InputStream in) throws IOException {
        Properties p = new Properties();
        if (in != null) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    /** The texts of one locale's bundle, empty when the module has none. */
    public Map<String, String> bundle(String locale) {
        return byLocale.getOrDefault(locale, Map.of());
    }

    /** The text of a key in one locale's bundle, without falling back to another. */
    public Optional<String> text(String locale, String key) {
        return Optional.ofNullable(bundle(locale).get(key));
    }
}
