package org.oicc.relations.definition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code dialogs/**.yaml} in Magnolia 6 UI form shape ({@code form.properties.<name>.$type}).
 * Only the field types the module's templates use are accepted: a dialog the runtime has not
 * checked could store values the templates do not expect.
 */
final class DialogReader {

    static final String FOLDER = "dialogs/";
    private static final Set<String> DIALOG_KEYS = Set.of("label", "description", "form");
    private static final Set<String> FORM_KEYS = Set.of("properties");
    private static final Set<String> FIELD_KEYS = Set.of("$type", "label", "description", "i18n", "required", "rows",
            "placeholder", "datasource", "maxLength", "validators", "defaultValue");
    private static final Set<String> VALIDATOR_KEYS = Set.of("$type", "name", "pattern", "errorMessage");
    private static final Set<String> DATASOURCE_KEYS = Set.of("$type", "workspace", "rootPath", "allowedNodeTypes");
    private static final Set<String> FIELD_TYPES = Set.of("textField", "richTextField", "linkField", "checkBoxField", "dateField");

    /** Spellings Magnolia does not know, with the field type it does know: the error names the right one. */
    private static final Map<String, String> MISSPELT = Map.of("checkboxField", "checkBoxField", "richtextField", "richTextField",
            "textfield", "textField", "linkfield", "linkField", "datefield", "dateField");

    private final String module;
    private final Problems problems;

    DialogReader(String module, Problems problems) {
        this.module = module;
        this.problems = problems;
    }

    static boolean isDialogFile(String file) {
        return file.startsWith(FOLDER);
    }

    Optional<DialogDefinition> read(String file, YamlNode root) {
        YamlMapping f = YamlMapping.of(root, "a dialog", problems);
        if (f == null) {
            return Optional.empty();
        }
        String id = module + ":" + file.substring(FOLDER.length(), file.lastIndexOf('.'));
        f.allowOnly(DIALOG_KEYS, "dialog " + id);
        Map<String, DialogDefinition.Field> fields = new LinkedHashMap<>();
        YamlMapping form = f.has("form") ? YamlMapping.of(f.node("form"), "'form'", problems) : null;
        if (form == null) {
            problems.add(f.location(), "missing required key 'form' in dialog " + id);
        } else {
            form.allowOnly(FORM_KEYS, "form");
            YamlMapping properties = form.has("properties") ? YamlMapping.of(form.node("properties"), "'properties'", problems) : null;
            if (properties != null) {
                for (Map.Entry<String, YamlNode> e : properties.mapping().entries().entrySet()) {
                    field(e.getKey(), e.getValue()).ifPresent(field -> fields.put(field.name(), field));
                }
            }
        }
        return Optional.of(new DialogDefinition(id, f.string("label", null), fields, f.location()));
    }

    private Optional<DialogDefinition.Field> field(String name, YamlNode node) {
        YamlMapping f = YamlMapping.of(node, "field '" + name + "'", problems);
        if (f == null) {
            return Optional.empty();
        }
        f.allowOnly(FIELD_KEYS, "field '" + name + "'");
        String type = f.requiredString("$type", "field '" + name + "'");
        if (MISSPELT.containsKey(type)) {
            problems.add(f.locationOf("$type"), "field type '" + type + "' is not a Magnolia field type: Magnolia spells it '"
                    + MISSPELT.get(type) + "'");
        } else if (type != null && !FIELD_TYPES.contains(type)) {
            problems.add(f.locationOf("$type"), "field type '" + type + "' is not supported (supported: "
                    + String.join(", ", FIELD_TYPES.stream().sorted().toList()) + ")");
        }
        String workspace = null;
        if ("linkField".equals(type)) {
            YamlMapping ds = f.has("datasource") ? YamlMapping.of(f.node("datasource"), "'datasource'", problems) : null;
            if (ds == null) {
                problems.add(f.location(), "linkField '" + name + "' needs a datasource with a workspace");
            } else {
                ds.allowOnly(DATASOURCE_KEYS, "datasource");
                String dsType = ds.string("$type", "jcrDatasource");
                if (!"jcrDatasource".equals(dsType)) {
                    problems.add(ds.locationOf("$type"), "datasource '" + dsType + "' is not supported (supported: jcrDatasource)");
                }
                workspace = ds.requiredString("workspace", "datasource of '" + name + "'");
            }
        } else if (f.has("datasource")) {
            problems.add(f.locationOf("datasource"), "only a linkField takes a datasource");
        }
        Integer maxLength = null;
        String max = f.string("maxLength", null);
        if (max != null) {
            if (max.matches("[1-9][0-9]{0,6}")) {
                maxLength = Integer.valueOf(max);
            } else {
                problems.add(f.locationOf("maxLength"), "maxLength of '" + name + "' must be a positive whole number, found '" + max + "'");
            }
        }
        return Optional.of(new DialogDefinition.Field(name, type, f.string("label", null), f.bool("i18n", false),
                f.bool("required", false), workspace, f.location(), f.string("description", null), maxLength,
                f.has("validators") ? validators(name, f.node("validators")) : java.util.List.of(), f.string("defaultValue", null)));
    }

    /** {@code validators:} as Magnolia takes them, a list or a mapping by name; only {@code regexpValidator} is known. */
    private java.util.List<DialogDefinition.Pattern> validators(String field, YamlNode node) {
        java.util.List<YamlNode> items = new java.util.ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            items.addAll(seq.items());
        } else if (node instanceof YamlNode.Mapping map) {
            items.addAll(map.entries().values());
        } else {
            problems.add(node.location(), "validators of '" + field + "' must be a list or a mapping");
            return java.util.List.of();
        }
        java.util.List<DialogDefinition.Pattern> out = new java.util.ArrayList<>();
        for (YamlNode item : items) {
            YamlMapping v = YamlMapping.of(item, "a validator of '" + field + "'", problems);
            if (v == null) {
                continue;
            }
            v.allowOnly(VALIDATOR_KEYS, "validator of '" + field + "'");
            String type = v.requiredString("$type", "validator of '" + field + "'");
            if (type != null && !"regexpValidator".equals(type)) {
                problems.add(v.locationOf("$type"), "validator '" + type + "' is not supported (supported: regexpValidator)");
                continue;
            }
            String pattern = v.requiredString("pattern", "regexpValidator of '" + field + "'");
            if (pattern == null) {
                continue;
            }
            try {
                out.add(new DialogDefinition.Pattern(java.util.regex.Pattern.compile(pattern), v.string("errorMessage", null)));
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(v.locationOf("pattern"), "pattern of '" + field + "' is not a regular expression: " + e.getDescription());
            }
        }
        return out;
    }

    /** A link field's chooser must browse a workspace the module knows. */
    static void checkWorkspaces(Collection<DialogDefinition> dialogs, Set<String> workspaces, Problems problems) {
        for (DialogDefinition d : dialogs) {
            for (DialogDefinition.Field field : d.fields().values()) {
                if (field.workspace() != null && !workspaces.contains(field.workspace())) {
                    problems.add(field.location(), "field '" + field.name() + "' links to unknown workspace '" + field.workspace()
                            + "' (known: " + String.join(", ", workspaces) + ")");
                }
            }
        }
    }
}
