package org.oicc.relations.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.oicc.relations.definition.ModuleSource;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * FreeMarker set up as Magnolia templates expect (square-bracket tags, {@code ${...}}), with HTML
 * auto-escaping on for every script, and locked down: no {@code ?new}, no {@code ?api}, errors
 * thrown to the caller instead of being written into the page.
 */
final class TemplateEngine {

    private final Configuration config;

    TemplateEngine(ModuleSource source) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ModuleTemplateLoader(source));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        config.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        config.setLocalizedLookup(false);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    ObjectWrapper wrapper() {
        return config.getObjectWrapper();
    }

    /**
     * @param script Magnolia's script name, {@code /oicc-relations/templates/pages/relations.ftl}
     * @param language formats dates and numbers the way the page's language writes them
     */
    void process(String script, Object model, String language, Writer out) throws IOException, TemplateException {
        Template template = config.getTemplate(script.startsWith("/") ? script.substring(1) : script);
        var env = template.createProcessingEnvironment(model, out);
        env.setLocale(Locale.forLanguageTag(language));
        env.process();
    }
}
