package org.oicc.relations.authoring.ui;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ValueKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control a property of the form gets, and what it offers: a select's choices, checkboxes for
 * several of a few items, a picker for a reference searched among many. Split from {@link FormView},
 * which lays the fields out.
 */
final class FormControls {

    private final ContentTypeDefinition type;
    private final Labels labels;
    private final UiText text;
    private final FormView.References references;
    private final Map<String, String> searches;

    FormControls(ContentTypeDefinition type, UiText text, FormView.References references, Map<String, String> searches) {
        this.type = type;
        this.text = text;
        this.labels = text.labels();
        this.references = references;
        this.searches = searches;
    }

    /**
     * Several of a few items as checkboxes: the chosen ones first, in their stored order, then the
     * others in list order. The browser sends ticked boxes in page order, so this keeps an unchanged
     * form from reordering the stored values (the order the page shows them in) on save. A chosen
     * identifier that names no item stays, ticked.
     */
    List<FormView.Choice> checks(PropertyDefinition def, List<?> chosen) {
        if (!(def.type() instanceof PropertyType.Reference ref) || references.smallSet(ref.contentType()).isEmpty()) {
            return List.of();
        }
        List<String> values = chosen.stream().map(String::valueOf).filter(v -> !v.isBlank()).distinct().toList();
        List<FormView.Choice> all = references.smallSet(ref.contentType()).get();
        List<FormView.Choice> out = new ArrayList<>();
        for (String v : values) {
            Optional<FormView.Choice> known = all.stream().filter(c -> c.value().equals(v)).findFirst();
            out.add(new FormView.Choice(v, known.map(FormView.Choice::label).orElseGet(() -> text.get("form.missingItem", v)), true));
        }
        for (FormView.Choice c : all) {
            if (!values.contains(c.value())) {
                out.add(new FormView.Choice(c.value(), c.label(), false));
            }
        }
        return out;
    }

    List<FormView.Choice> choices(PropertyDefinition def, String current) {
        List<FormView.Choice> out = new ArrayList<>();
        if (def.type() instanceof PropertyType.Reference ref) {
            Optional<List<FormView.Choice>> few = references.smallSet(ref.contentType());
            if (few.isEmpty()) {
                return out;
            }
            out.add(new FormView.Choice("", "—", current.isEmpty()));
            boolean found = current.isEmpty();
            for (FormView.Choice c : few.get()) {
                boolean selected = c.value().equals(current);
                found |= selected;
                out.add(new FormView.Choice(c.value(), c.label(), selected));
            }
            if (!found) {
                out.add(new FormView.Choice(current, text.get("form.missingItem", current), true));
            }
        } else if (!def.options().isEmpty()) {
            out.add(new FormView.Choice("", "—", current.isEmpty()));
            boolean found = current.isEmpty();
            for (String option : def.options()) {
                found |= option.equals(current);
                out.add(new FormView.Choice(option, labels.option(type, def.name(), option), option.equals(current)));
            }
            if (!found) {
                out.add(new FormView.Choice(current, current, true));
            }
        } else if (FormState.kind(def) == ValueKind.BOOLEAN && def.multiple()) {
            out.add(new FormView.Choice("true", text.get("form.yes"), "true".equals(current)));
            out.add(new FormView.Choice("false", text.get("form.no"), !"true".equals(current)));
        }
        return out;
    }

    /**
     * The picker of one reference value, or null where a select does: {@code slot} names it in the
     * form's buttons ({@code p.parent:0}, {@code p.relationships.1.aims:2}).
     */
    FormView.Picker picker(PropertyDefinition def, String name, int index, String current) {
        if (!(def.type() instanceof PropertyType.Reference ref) || references.smallSet(ref.contentType()).isPresent()) {
            return null;
        }
        String slot = name + ":" + index;
        Optional<String> label = current.isEmpty() ? Optional.empty() : references.label(ref.contentType(), current);
        String query = searches.get(slot);
        List<FormView.Choice> results = List.of();
        long total = 0;
        if (query != null) {
            Map.Entry<List<FormView.Choice>, Long> found = references.find(ref.contentType(), query);
            results = found.getKey().stream()
                    .map(c -> new FormView.Choice(PickActions.choose(slot, c.value()), c.label(), c.value().equals(current))).toList();
            total = found.getValue();
        }
        return new FormView.Picker(ref.contentType(), label.orElse(""), !current.isEmpty() && label.isEmpty(),
                PickActions.queryName(slot), query == null ? "" : query, PickActions.find(slot),
                current.isEmpty() ? null : PickActions.clear(slot), query != null, results, total);
    }

    static String control(PropertyDefinition def, FormView.References references) {
        if (def.type() instanceof PropertyType.Reference ref) {
            if (references.smallSet(ref.contentType()).isEmpty()) {
                return "picker";
            }
            return def.multiple() ? "checks" : "reference";
        }
        if (!def.options().isEmpty()) {
            return "select";
        }
        ValueKind kind = FormState.kind(def);
        return switch (kind == null ? ValueKind.STRING : kind) {
            case RICH_TEXT -> "richtext";
            case DATE -> "date";
            case BOOLEAN -> def.multiple() ? "select" : "checkbox";
            case LONG -> "integer";
            case DOUBLE, DECIMAL -> "number";
            case STRING -> "text";
            case ASSET -> "asset";
        };
    }
}
