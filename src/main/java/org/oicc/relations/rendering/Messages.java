package org.oicc.relations.rendering;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.MessageBundles;

import java.text.MessageFormat;

/**
 * The module's message bundles ({@code i18n/<module>-messages_<locale>.properties}) for templates, as
 * Magnolia's {@code i18n}: {@code ${i18n['key']}} or {@code ${i18n.get('key', arg)}}. A key missing in a
 * language falls back to the site's default language, then to the key itself (visible, as in Magnolia, so it gets fixed).
 */
final class Messages {

    private final MessageBundles bundles;
    private final String defaultLanguage;

    Messages(MessageBundles bundles, String defaultLanguage) {
        this.bundles = bundles;
        this.defaultLanguage = defaultLanguage;
    }

    String get(String language, String key) {
        return bundles.text(language, key).or(() -> bundles.text(defaultLanguage, key)).orElse(key);
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
            return new SimpleScalar(new MessageFormat(get(language, key.getAsString()), ContentLocales.toLocale(language))
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
