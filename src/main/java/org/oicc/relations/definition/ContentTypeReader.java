package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one {@code contentTypes/*.yaml} into a {@link ContentTypeDefinition}. Checks that need the
 * other content types (reference targets) are left to {@link LightModuleLoader}.
 */
final class ContentTypeReader {

    static final String JCR_DATASOURCE = "jcrContentTypeDatasource";

    private static final Set<String> ROOT_KEYS = Set.of("datasource", "model");
    private static final Set<String> DATASOURCE_KEYS =
            Set.of("$type", "class", "workspace", "rootPath", "namespaces", "autoCreate", "nodeTypeDefinition");
    private static final Set<String> MODEL_KEYS = Set.of("nodeType", "properties", "subModels");
    private static final Set<String> PROPERTY_KEYS =
            Set.of("name", "type", "required", "multiple", "i18n", "options", "label", "description");
    private static final Set<String> SUBMODEL_KEYS = Set.of("name", "properties", "label");
    private static final Set<String> KNOWN_PREFIXES = Set.of("mgnl", "nt", "mix", "jcr");

    private final Problems problems;

    ContentTypeReader(Problems problems) {
        this.problems = problems;
    }

    Optional<ContentTypeDefinition> read(String name, YamlNode root) {
        YamlMapping fields = YamlMapping.of(root, "a content type", problems);
        if (fields == null) {
            return Optional.empty();
        }
        fields.allowOnly(ROOT_KEYS, "content type '" + name + "'");
        DatasourceDefinition datasource = fields.has("datasource")
                ? datasource(fields.node("datasource"))
                : missing(fields, "datasource", name);
        ModelDefinition model = fields.has("model") ? model(fields.node("model")) : missing(fields, "model", name);
        if (datasource == null || model == null) {
            return Optional.empty();
        }
        checkNodeTypePrefix(model.nodeType(), datasource, fields.node("model"));
        return Optional.of(new ContentTypeDefinition(name, datasource, model, fields.location()));
    }

    private <T> T missing(YamlMapping fields, String key, String name) {
        problems.add(fields.location(), "missing required key '" + key + "' in content type '" + name + "'");
        return null;
    }

    private DatasourceDefinition datasource(YamlNode node) {
        YamlMapping f = YamlMapping.of(node, "'datasource'", problems);
        if (f == null) {
            return null;
        }
        f.allowOnly(DATASOURCE_KEYS, "datasource");
        String type = f.string("$type", JCR_DATASOURCE);
        if (!JCR_DATASOURCE.equals(type)) {
            problems.add(f.locationOf("$type"), "datasource $type '" + type
                    + "' is not supported: only '" + JCR_DATASOURCE + "' (JCR) is");
        }
        String workspace = f.requiredString("workspace", "datasource");
        if (workspace != null && !workspace.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            problems.add(f.locationOf("workspace"), "workspace '" + workspace + "' is not a valid workspace name");
        }
        String rootPath = f.string("rootPath", "/");
        if (!rootPath.matches("/|(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+")) {
            problems.add(f.locationOf("rootPath"), "rootPath must be an absolute path of plain names, found '" + rootPath + "'");
        }
        return new DatasourceDefinition(type, workspace, rootPath, f.stringMap("namespaces"),
                f.bool("autoCreate", false), f.string("nodeTypeDefinition", null));
    }

    private ModelDefinition model(YamlNode node) {
        YamlMapping f = YamlMapping.of(node, "'model'", problems);
        if (f == null) {
            return null;
        }
        f.allowOnly(MODEL_KEYS, "model");
        List<SubModelDefinition> subModels = new ArrayList<>();
        for (Map.Entry<String, YamlMapping> sub : namedEntries(f.node("subModels"), "subModel").entrySet()) {
            YamlMapping sf = sub.getValue();
            sf.allowOnly(SUBMODEL_KEYS, "subModel '" + sub.getKey() + "'");
            subModels.add(new SubModelDefinition(sub.getKey(), properties(sf.node("properties"), "subModel '" + sub.getKey() + "'"),
                    sf.location()));
        }
        Set<String> subModelNames = new java.util.HashSet<>();
        subModels.forEach(s -> subModelNames.add(s.name()));
        List<PropertyDefinition> properties = properties(f.node("properties"), "model");
        checkSubModelTypes(properties, subModelNames);
        for (SubModelDefinition sub : subModels) {
            checkSubModelTypes(sub.properties(), Set.of()); // no nesting of submodels
        }
        return new ModelDefinition(f.string("nodeType", "mgnl:content"), properties, subModels);
    }

    private void checkSubModelTypes(List<PropertyDefinition> properties, Set<String> subModels) {
        for (PropertyDefinition p : properties) {
            if (p.type() instanceof PropertyType.SubModel s && !subModels.contains(s.name())) {
                problems.add(p.location(), "property '" + p.name() + "' has unknown type '" + s.name()
                        + "' (types: String, Boolean, Long, Double, Decimal, Date, richText, reference:<contentType>"
                        + (subModels.isEmpty() ? "" : ", or a subModel: " + String.join(", ", subModels)) + ")");
            }
        }
    }

    private List<PropertyDefinition> properties(YamlNode node, String where) {
        List<PropertyDefinition> out = new ArrayList<>();
        for (Map.Entry<String, YamlMapping> e : namedEntries(node, "property").entrySet()) {
            out.add(property(e.getKey(), e.getValue(), where));
        }
        return out;
    }

    private PropertyDefinition property(String name, YamlMapping f, String where) {
        f.allowOnly(PROPERTY_KEYS, "property '" + name + "' of " + where);
        String typeName = f.string("type", "String");
        PropertyType type = parseType(typeName);
        List<String> options = f.strings("options");
        if (!options.isEmpty() && !PropertyType.STRING.equals(type)) {
            problems.add(f.locationOf("options"), "'options' is only allowed on String properties, '" + name + "' is " + typeName);
        }
        return new PropertyDefinition(name, type, f.bool("required", false), f.bool("multiple", false),
                f.bool("i18n", false), options, f.string("label", null), List.of(), f.location(), f.string("description", null));
    }

    /** Anything that is not a scalar or a reference is read as a submodel name and checked later. */
    static PropertyType parseType(String typeName) {
        if (typeName.startsWith("reference:")) {
            return new PropertyType.Reference(typeName.substring("reference:".length()));
        }
        return ValueKind.fromYaml(typeName)
                .<PropertyType>map(PropertyType.Scalar::new)
                .orElseGet(() -> new PropertyType.SubModel(typeName));
    }

    /**
     * Magnolia accepts both shapes: a list of mappings with {@code name:} (6.2) or a mapping keyed by
     * name (newer). Either way, names are unique.
     */
    private Map<String, YamlMapping> namedEntries(YamlNode node, String what) {
        Map<String, YamlMapping> out = new java.util.LinkedHashMap<>();
        Map<String, Location> seen = new HashMap<>();
        if (node == null || node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return out;
        }
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                YamlMapping f = YamlMapping.of(item, "a " + what, problems);
                if (f == null) {
                    continue;
                }
                String name = f.requiredString("name", "a " + what);
                if (name != null) {
                    putUnique(out, seen, name, f, f.locationOf("name"), what);
                }
            }
        } else if (node instanceof YamlNode.Mapping map) {
            for (Map.Entry<String, YamlNode> e : map.entries().entrySet()) {
                YamlMapping f = YamlMapping.of(e.getValue(), what + " '" + e.getKey() + "'", problems);
                if (f != null) {
                    String explicit = f.string("name", e.getKey());
                    if (!explicit.equals(e.getKey())) {
                        problems.add(f.locationOf("name"), what + " '" + e.getKey() + "' has a different name: '" + explicit + "'");
                    }
                    putUnique(out, seen, e.getKey(), f, map.keyLocations().get(e.getKey()), what);
                }
            }
        } else {
            problems.add(node.location(), what + "s must be a list or a mapping, found " + node.describe());
        }
        return out;
    }

    private void putUnique(Map<String, YamlMapping> out, Map<String, Location> seen, String name, YamlMapping f, Location at, String what) {
        Location first = seen.putIfAbsent(name, at);
        if (first != null) {
            problems.add(at, "duplicate " + what + " name '" + name + "' (first at line " + first.line() + ")");
        } else {
            out.put(name, f);
        }
    }

    private void checkNodeTypePrefix(String nodeType, DatasourceDefinition datasource, YamlNode model) {
        int colon = nodeType.indexOf(':');
        if (colon <= 0) {
            problems.add(model.location(), "nodeType '" + nodeType + "' must be a prefixed name such as oicc:organization");
            return;
        }
        String prefix = nodeType.substring(0, colon);
        if (!KNOWN_PREFIXES.contains(prefix) && !datasource.namespaces().containsKey(prefix)) {
            problems.add(model.location(), "nodeType '" + nodeType + "' uses prefix '" + prefix
                    + "' which is not declared in datasource.namespaces");
        }
    }
}
