package org.oicc.relations.rendering;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import javax.jcr.RepositoryException;
import java.util.Optional;

/**
 * {@code cmsfn.decode(content)}: the same node, but its text properties are stored HTML to be
 * output as markup. This is the only way template output skips auto-escaping, and the HTML is
 * sanitized first ({@link RichText}), so {@code ${cmsfn.decode(content).intro}} can never carry a script.
 */
final class DecodedContent implements TemplateHashModel {

    private final ContentMap content;

    DecodedContent(ContentMap content) {
        this.content = content;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        try {
            Optional<Object> value = content.value(key);
            if (value.isPresent() && value.get() instanceof String html) {
                return HTMLOutputFormat.INSTANCE.fromMarkup(RichText.sanitize(html));
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read '" + key + "' of " + content.describe(), e);
        }
        return content.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
