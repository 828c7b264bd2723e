package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a content app. Most of an app is AdminCentral's business; the runtime needs its name, the
 * content type of a {@code !content-type:} app, and the validators of its form fields, which the
 * standalone content service enforces so both runtimes accept the same values.
 */
final class AppReader {

    // Jackson hands tags over without their leading "!"
    static final String CONTENT_TYPE_TAG = "content-type:";
    /** Magnolia 6 UI's name for the regular-expression validator (Field validators doc). */
    static final String REGEX_VALIDATOR = "regexpValidator";
    /** A common misspelling Magnolia cannot resolve: refused with the right name, never silently honoured. */
    private static final String MISSPELT_REGEX_VALIDATOR = "regexValidator";

    private static final Set<String> VALIDATOR_KEYS = Set.of("name", "$type", "class", "pattern", "errorMessage");

    private final Problems problems;

    AppReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param columnLines where each browser column is named, for problems the loader finds against the type
     * @param labelLines  where each form field's label is given ({@code field} or {@code field.sub})
     */
    record App(AppDefinition definition, Map<String, List<ValidatorDefinition>> validators, Map<String, Location> columnLines,
               Map<String, Location> labelLines) {
    }

    Optional<App> read(String fileName, YamlNode root) {
        YamlMapping f = YamlMapping.of(root, "an app", problems);
        if (f == null) {
            return Optional.empty();
        }
        String contentType = null;
        if (root.tag() != null && root.tag().startsWith(CONTENT_TYPE_TAG)) {
            contentType = root.tag().substring(CONTENT_TYPE_TAG.length());
        }
        String name = f.string("name", fileName);
        Map<String, Location> columns = columns(f);
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, Location> labelLines = new LinkedHashMap<>();
        formLabels(f, labels, descriptions, labelLines);
        AppDefinition app = new AppDefinition(name, f.string("label", null), contentType, List.copyOf(columns.keySet()), labels,
                descriptions, f.location());
        return Optional.of(new App(app, formValidators(f), columns, labelLines));
    }

    /**
     * {@code subApps.detail.form.properties.<field>.label}, and a submodel field's
     * {@code <field>.field.properties.<sub>.label} (the composite field inside the multi field
     * Magnolia generates for a multiple submodel); their {@code description}s the same way.
     */
    private void formLabels(YamlMapping app, Map<String, String> labels, Map<String, String> descriptions, Map<String, Location> lines) {
        YamlMapping fields = descend(app, "subApps", "detail", "form", "properties");
        if (fields == null) {
            return;
        }
        for (Map.Entry<String, YamlNode> field : fields.mapping().entries().entrySet()) {
            YamlMapping ff = YamlMapping.of(field.getValue(), "form field '" + field.getKey() + "'", problems);
            if (ff == null) {
                continue;
            }
            label(ff, field.getKey(), labels, descriptions, lines);
            YamlMapping subFields = descend(ff, "field", "properties");
            if (subFields != null) {
                for (Map.Entry<String, YamlNode> sub : subFields.mapping().entries().entrySet()) {
                    YamlMapping sf = YamlMapping.of(sub.getValue(), "form field '" + field.getKey() + "." + sub.getKey() + "'", problems);
                    if (sf != null) {
                        label(sf, field.getKey() + "." + sub.getKey(), labels, descriptions, lines);
                    }
                }
            }
        }
    }

    private static void label(YamlMapping field, String path, Map<String, String> labels, Map<String, String> descriptions,
                              Map<String, Location> lines) {
        String label = field.string("label", null);
        if (label != null && !label.isBlank()) {
            labels.put(path, label);
            lines.put(path, field.locationOf("label"));
        }
        String description = field.string("description", null);
        if (description != null && !description.isBlank()) {
            descriptions.put(path, description);
            lines.putIfAbsent(path, field.locationOf("description")); // checked like a label: the field must exist
        }
    }

    /** {@code subApps.browser.workbench.contentViews}: the columns of the first view (tree, then list, in Magnolia). */
    private Map<String, Location> columns(YamlMapping app) {
        // an !include: or !inherit: part is Magnolia's to resolve; then the generated columns apply
        YamlNode views = app.mapping();
        for (String key : List.of("subApps", "browser", "workbench", "contentViews")) {
            if (!(views instanceof YamlNode.Mapping m) || m.entries().get(key) == null) {
                return Map.of();
            }
            views = m.entries().get(key);
        }
        List<YamlNode> list = views instanceof YamlNode.Sequence seq ? seq.items()
                : views instanceof YamlNode.Mapping map ? List.copyOf(map.entries().values()) : null;
        if (list == null && views.tag() != null) {
            return Map.of();
        }
        if (list == null) {
            problems.add(views.location(), "'contentViews' must be a list, found " + views.describe());
            return Map.of();
        }
        if (list.isEmpty()) {
            return Map.of();
        }
        YamlMapping view = YamlMapping.of(list.get(0), "a content view", problems);
        if (view == null || !view.has("columns")) {
            return Map.of();
        }
        YamlNode columns = view.node("columns");
        List<YamlNode> items = columns instanceof YamlNode.Sequence seq ? seq.items()
                : columns instanceof YamlNode.Mapping map ? List.copyOf(map.entries().values()) : null;
        if (items == null) {
            problems.add(columns.location(), "'columns' must be a list, found " + columns.describe());
            return Map.of();
        }
        Map<String, Location> out = new LinkedHashMap<>();
        for (YamlNode item : items) {
            YamlMapping column = YamlMapping.of(item, "a column", problems);
            String name = column == null ? null : column.requiredString("name", "column");
            if (name != null) {
                // Magnolia 6 reads the property named by the column, or its propertyName when set
                out.putIfAbsent(column.string("propertyName", name), column.location());
            }
        }
        return out;
    }

    /** {@code subApps.detail.form.properties.<field>.validators}, the Magnolia 6 UI form shape. */
    private Map<String, List<ValidatorDefinition>> formValidators(YamlMapping app) {
        Map<String, List<ValidatorDefinition>> out = new LinkedHashMap<>();
        YamlMapping fields = descend(app, "subApps", "detail", "form", "properties");
        if (fields == null) {
            return out;
        }
        YamlNode.Mapping properties = fields.mapping();
        for (Map.Entry<String, YamlNode> field : properties.entries().entrySet()) {
            YamlMapping ff = YamlMapping.of(field.getValue(), "form field '" + field.getKey() + "'", problems);
            if (ff == null || !ff.has("validators")) {
                continue;
            }
            YamlNode list = ff.node("validators");
            List<ValidatorDefinition> validators = new ArrayList<>();
            if (list instanceof YamlNode.Sequence seq) {
                seq.items().forEach(v -> validator(v).ifPresent(validators::add));
            } else if (list instanceof YamlNode.Mapping map) {
                map.entries().values().forEach(v -> validator(v).ifPresent(validators::add));
            } else {
                problems.add(list.location(), "'validators' must be a list or a mapping, found " + list.describe());
            }
            out.put(field.getKey(), validators);
        }
        return out;
    }

    private Optional<ValidatorDefinition> validator(YamlNode node) {
        YamlMapping v = YamlMapping.of(node, "a validator", problems);
        if (v == null) {
            return Optional.empty();
        }
        v.allowOnly(VALIDATOR_KEYS, "validator");
        String type = v.string("$type", v.string("class", null));
        if (MISSPELT_REGEX_VALIDATOR.equals(type)) {
            problems.add(v.locationOf(v.has("$type") ? "$type" : "class"), "validator type '" + type
                    + "' is not a Magnolia validator: Magnolia's regular-expression validator is '" + REGEX_VALIDATOR + "'");
            return Optional.empty();
        }
        if (!REGEX_VALIDATOR.equals(type)) {
            problems.add(v.location(), "validator type '" + type + "' is not supported by this runtime (supported: "
                    + REGEX_VALIDATOR + ")");
            return Optional.empty();
        }
        String pattern = v.requiredString("pattern", REGEX_VALIDATOR);
        if (pattern == null) {
            return Optional.empty();
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            problems.add(v.locationOf("pattern"), "invalid regular expression: " + e.getDescription());
            return Optional.empty();
        }
        return Optional.of(new ValidatorDefinition(v.string("name", type), type, pattern,
                v.string("errorMessage", null), v.location()));
    }

    private YamlMapping descend(YamlMapping from, String... keys) {
        YamlNode node = null;
        YamlMapping current = from;
        for (String key : keys) {
            if (current == null || !current.has(key)) {
                return null;
            }
            node = current.node(key);
            current = YamlMapping.of(node, "'" + key + "'", problems);
        }
        return current;
    }
}
