package org.oicc.relations.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Magnolia 6 UI dialog ({@code dialogs/pages/*.yaml}, {@code dialogs/components/*.yaml}), id
 * {@code <module>:<path>}. The standalone runtime has no editor; it reads dialogs so that a template
 * pointing at a missing dialog, or a field the editor could not show, fails at start-up.
 */
public record DialogDefinition(String id, String label, Map<String, Field> fields, Location location) {

    public DialogDefinition {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * One form field.
     *
     * @param type {@code textField}, {@code richTextField}, {@code linkField}, ...
     * @param workspace for a {@code linkField}: the workspace its chooser browses; the stored value
     *                  is the chosen node's identifier (Magnolia's default converter)
     * @param defaultValue  Magnolia's {@code defaultValue}: what the field holds in the form of a component
     *                      not stored yet (a new component), null for none
     */
    public record Field(String name, String type, String label, boolean i18n, boolean required, String workspace,
            Location location, String description, Integer maxLength, java.util.List<Pattern> patterns, String defaultValue) {

        public Field(String name, String type, String label, boolean i18n, boolean required, String workspace, Location location) {
            this(name, type, label, i18n, required, workspace, location, null, null, java.util.List.of(), null);
        }

        public Field(String name, String type, String label, boolean i18n, boolean required, String workspace,
                     Location location, String description, Integer maxLength, java.util.List<Pattern> patterns) {
            this(name, type, label, i18n, required, workspace, location, description, maxLength, patterns, null);
        }

        public Field {
            patterns = patterns == null ? java.util.List.of() : java.util.List.copyOf(patterns);
        }
    }

    /**
     * A field's {@code regexpValidator} (Magnolia's {@code validators:} of a form field): a value that
     * does not match all of {@code pattern} is refused with {@code errorMessage} (a message key or text).
     */
    public record Pattern(java.util.regex.Pattern pattern, String errorMessage) {
    }
}
