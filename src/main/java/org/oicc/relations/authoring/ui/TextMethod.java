package org.oicc.relations.authoring.ui;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.util.List;

/** {@code ${t("key", arg…)}} in the templates: {@link UiText#get} of the page's language. */
final class TextMethod implements TemplateMethodModelEx {

    private final UiText text;

    TextMethod(UiText text) {
        this.text = text;
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, arg…) needs a key");
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        Object[] args = new Object[values.length - 1];
        System.arraycopy(values, 1, args, 0, args.length);
        return text.get(String.valueOf(values[0]), args);
    }
}
