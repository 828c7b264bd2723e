package org.oicc.relations.authoring.pages;

import org.oicc.relations.definition.DialogDefinition;

import java.util.List;
import java.util.Map;

/**
 * One part of a page an editor can change: the page itself ({@code path} empty) or a component
 * ({@code path} its place below the page, {@code main/05}), with its dialog's fields and their stored values.
 *
 * @param path       the node's path relative to the page, "" for the page itself
 * @param template   the part's template id ({@code oicc-relations:components/agreementAims})
 * @param dialog     the dialog of that template, null when it has none (nothing to edit)
 * @param values     stored values by JCR property name ({@code title}, {@code title_ar}); absent ones are missing
 */
public record PageFields(String path, String template, DialogDefinition dialog, Map<String, String> values) {

    public PageFields {
        values = Map.copyOf(values);
    }

    public List<DialogDefinition.Field> fields() {
        return dialog == null ? List.of() : List.copyOf(dialog.fields().values());
    }

    /** The form name of one property of this part: {@code title_ar}, {@code main/05/intro}. */
    public String key(String property) {
        return path.isEmpty() ? property : path + "/" + property;
    }
}
