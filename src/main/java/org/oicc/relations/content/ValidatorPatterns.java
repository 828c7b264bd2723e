package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValidatorDefinition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Form validators compiled once at start-up, not per write. */
final class ValidatorPatterns {

    static final String REGEX_VALIDATOR = "regexpValidator";

    private ValidatorPatterns() {
    }

    static Map<ValidatorDefinition, Pattern> compile(LightModule module) {
        Map<ValidatorDefinition, Pattern> out = new HashMap<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            add(out, type.model().properties());
            for (SubModelDefinition sub : type.model().subModels()) {
                add(out, sub.properties());
            }
        }
        return Map.copyOf(out);
    }

    private static void add(Map<ValidatorDefinition, Pattern> out, List<PropertyDefinition> props) {
        for (PropertyDefinition p : props) {
            for (ValidatorDefinition v : p.validators()) {
                if (!REGEX_VALIDATOR.equals(v.type())) {
                    throw new IllegalArgumentException(v.location() + ": validator type " + v.type() + " is not supported");
                }
                try {
                    // Magnolia's regexpValidator matches the whole value, as Matcher.matches() does
                    out.put(v, Pattern.compile(v.pattern()));
                } catch (PatternSyntaxException | NullPointerException e) {
                    throw new IllegalArgumentException(v.location() + ": invalid pattern " + v.pattern(), e);
                }
            }
        }
    }
}
