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
     */
    public record Field(String name, String type, String label, boolean i18n, boolean required, String workspace,
            Location location) {
    }
}
