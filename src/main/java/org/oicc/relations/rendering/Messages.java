package org.oicc.relations.rendering;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.definition.ModuleSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The module's message bundles ({@code i18n/<module>-messages_<locale>.properties}) for templates, as
 * Magnolia's {@code i18n}: {@code ${i18n['key']}} or {@code ${i18n.get('key', arg)}}. A key missing in a
 * language falls back to English, then to the key itself (visible, as in Magnolia, so it gets fixed).
 */
final class Messages {

    private final Map<String, Properties> bundles = new HashMap<>();
    private final String defaultLanguage;

    Messages(ModuleSource source, List<String> languages, String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
        for (String language : languages) {
            String file = "i18n/" + source.moduleName() + "-messages_" + language + ".properties";
            Properties p = new Properties();
            if (source.exists(file)) {
                try (InputStream in = source.open(file)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
            bundles.put(language, p);
        }
    }

    String get(String language, String key) {
        String value = bundles.getOrDefault(language, new Properties()).getProperty(key);
        if (value == null) {
            value = bundles.getOrDefault(defaultLanguage, new Properties()).getProperty(key);
        }
        return value == null ? key : value;
    }

    /** The {@code i18n} hash of one language. */
    TemplateHashModel model(String language) {
        TemplateMethodModelEx format = args -> {
            if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel key)) {
                throw new TemplateModelException("i18n.get needs a message key");
            }
            Object[] values = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                Object a = args.get(i);
                values[i - 1] = a instanceof TemplateScalarModel s ? s.getAsString() : String.valueOf(a);
            }
            return new SimpleScalar(new MessageFormat(get(language, key.getAsString()), Locale.forLanguageTag(language))
                    .format(values));
        };
        return new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) {
                return "get".equals(key) ? format : new SimpleScalar(Messages.this.get(language, key));
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }
}
