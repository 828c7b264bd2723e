package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The title of a submodel row, so a folded row says what it is: the item its first single
 * reference names (a relationship's category), then its first plain text in the default language
 * (the role) — "Membership in International Organizations — Member". Empty for a row with neither
 * (a row just added), which is then shown unfolded under its number.
 */
final class RowTitles {

    private RowTitles() {
    }

    static String title(ContentTypeDefinition type, SubModelDefinition sub, Map<?, ?> row, FormView.References references,
                        Labels labels, ContentLocales locales) {
        List<String> parts = new ArrayList<>();
        firstReference(sub).ifPresent(ref -> {
            if (row.get(ref.name()) instanceof String id && !id.isBlank()) {
                String target = ((PropertyType.Reference) ref.type()).contentType();
                parts.add(references.label(target, id).orElse(id));
            }
        });
        firstText(sub).ifPresent(text -> {
            if (row.get(text.name()) instanceof String v && !v.isBlank()) {
                parts.add(v.strip());
            }
        });
        return String.join(" — ", parts);
    }

    private static Optional<PropertyDefinition> firstReference(SubModelDefinition sub) {
        return sub.properties().stream().filter(p -> p.isReference() && !p.multiple()).findFirst();
    }

    private static Optional<PropertyDefinition> firstText(SubModelDefinition sub) {
        return sub.properties().stream()
                .filter(p -> !p.isReference() && !p.isSubModel() && !p.multiple() && p.options().isEmpty()
                        && FormState.kind(p) == ValueKind.STRING)
                .findFirst();
    }
}
