package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads {@code restEndpoints/**.yaml}. Every option of a delivery endpoint that this runtime does
 * not honour and that would change what it serves is an error with file and line: an endpoint that
 * silently behaves differently from Magnolia would be worse than one that does not start. Valid
 * Magnolia keys that change nothing served here ({@code personalized: false}, {@code systemProperties})
 * are accepted and listed as ignored. An {@code assetReferenceResolver} reference becomes an
 * {@link AssetReferenceDefinition}.
 */
final class EndpointReader {

    private static final String FOLDER = "restEndpoints/";
    /** Endpoints Magnolia has no type for (the relations view): a folder Magnolia does not scan. */
    static final String STANDALONE_FOLDER = "standalone/endpoints/";
    private static final String MAGNOLIA_CLASS = "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition";
    private static final String RESOLVER_CLASS = "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition";
    private static final Set<String> DELIVERY_KEYS = Set.of("$type", "class", "endpointPath", "workspace", "rootPath",
            "nodeTypes", "childNodeTypes", "strict", "depth", "limit", "includeSystemProperties", "bypassWorkspaceAcls",
            "references", "referenceDepth", "referenceRepeat", "orderBy", "personalized", "systemProperties");
    private static final Set<String> REFERENCE_KEYS = Set.of("name", "propertyName", "nodeType", "referenceResolver");
    private static final Set<String> RESOLVER_KEYS = Set.of("$type", "class", "targetWorkspace", "expand", "generateLink");
    /** Magnolia's DAM asset resolver ({@code $type} alias and class), with its only option. */
    private static final Set<String> ASSET_RESOLVERS = Set.of("assetReferenceResolver",
            "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition");
    private static final Set<String> ASSET_RESOLVER_KEYS = Set.of("$type", "class", "assetRenditions", "expand",
            "includeAssetMetadata", "includeDownloadLink");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*:[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern VERSIONED = Pattern.compile("(.+)_(v\\d+)");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");

    private final Problems problems;
    /** The asset references of the delivery endpoint being read (set per endpoint by {@link #delivery}). */
    private List<AssetReferenceDefinition> assetReferences = new ArrayList<>();
    private final RelationsViewReader views;
    private final Map<String, ContentTypeDefinition> types;

    /** @param types the module's content types, which a relations view and an endpoint's order are checked against */
    EndpointReader(Map<String, ContentTypeDefinition> types, Problems problems) {
        this.problems = problems;
        this.views = new RelationsViewReader(types, problems);
        this.types = types;
    }

    static boolean isEndpointFile(String file) {
        return file.startsWith(FOLDER) || file.startsWith(STANDALONE_FOLDER);
    }

    Optional<EndpointDefinition> read(String file, YamlNode root) {
        YamlMapping f = YamlMapping.of(root, "an endpoint", problems);
        if (f == null) {
            return Optional.empty();
        }
        boolean standalone = file.startsWith(STANDALONE_FOLDER);
        String name = file.substring((standalone ? STANDALONE_FOLDER : FOLDER).length(), file.lastIndexOf('.'));
        String type = f.string("$type", MAGNOLIA_CLASS.equals(f.string("class", null)) ? DeliveryEndpointDefinition.TYPE : null);
        String path = path(name, f);
        // Magnolia reads restEndpoints/ and would report a relations view there as an invalid
        // definition; it never reads standalone/, where an endpoint of its own would not exist inside Magnolia.
        if (DeliveryEndpointDefinition.TYPE.equals(type) && standalone) {
            problems.add(f.locationOf("$type"), "a " + DeliveryEndpointDefinition.TYPE + " endpoint belongs in "
                    + FOLDER + " (Magnolia does not read " + STANDALONE_FOLDER + ")");
            return Optional.empty();
        }
        if (RelationsViewDefinition.TYPE.equals(type) && !standalone) {
            problems.add(f.locationOf("$type"), "a " + RelationsViewDefinition.TYPE + " is no Magnolia endpoint type: it belongs in "
                    + STANDALONE_FOLDER + ", which Magnolia does not scan");
            return Optional.empty();
        }
        if (DeliveryEndpointDefinition.TYPE.equals(type)) {
            return Optional.of(delivery(name, path, f));
        }
        if (RelationsViewDefinition.TYPE.equals(type)) {
            return views.read(name, path, f);
        }
        problems.add(f.has("$type") ? f.locationOf("$type") : f.location(), "endpoint type '" + type
                + "' is not supported (supported: " + DeliveryEndpointDefinition.TYPE + ", " + RelationsViewDefinition.TYPE + ")");
        return Optional.empty();
    }

    /** {@code delivery/organizations_v1} → {@code delivery/organizations/v1}, as Magnolia maps file names. */
    private String path(String name, YamlMapping f) {
        String explicit = f.string("endpointPath", null);
        if (explicit != null) {
            String trimmed = explicit.replaceAll("^/+|/+$", "");
            if (!PATH.matcher(trimmed).matches()) {
                problems.add(f.locationOf("endpointPath"), "endpointPath '" + explicit + "' must be plain path segments");
            }
            return trimmed;
        }
        int slash = name.lastIndexOf('/');
        String last = name.substring(slash + 1);
        var versioned = VERSIONED.matcher(last);
        String mapped = versioned.matches() ? versioned.group(1) + "/" + versioned.group(2) : last;
        return slash < 0 ? mapped : name.substring(0, slash) + "/" + mapped;
    }

    private DeliveryEndpointDefinition delivery(String name, String path, YamlMapping f) {
        f.allowOnly(DELIVERY_KEYS, "delivery endpoint " + name);
        ignoredKeys(f, name);
        String workspace = f.requiredString("workspace", "delivery endpoint " + name);
        String rootPath = f.string("rootPath", "/");
        if (!rootPath.matches("/|(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+")) {
            problems.add(f.locationOf("rootPath"), "rootPath must be an absolute path of plain names, found '" + rootPath + "'");
        }
        List<String> nodeTypes = nodeTypes(f, "nodeTypes", "mgnl:content");
        assetReferences = new ArrayList<>();
        List<ReferenceDefinition> references = references(f);
        return new DeliveryEndpointDefinition(name, path, workspace, rootPath,
                nodeTypes, nodeTypes(f, "childNodeTypes", "mgnl:contentNode"),
                f.bool("strict", false), number(f, "depth", 0, 0), number(f, "limit", 10, 1),
                f.bool("includeSystemProperties", true), f.bool("bypassWorkspaceAcls", false), references,
                number(f, "referenceDepth", 1, -1), f.bool("referenceRepeat", false), orderBy(f, workspace, nodeTypes),
                f.location(), assetReferences);
    }

    /**
     * {@code personalized: true} would serve a visitor's variant of a page, which needs Magnolia's
     * personalization module: refused. {@code false} is what this runtime does anyway. Every
     * {@code mgnl:} property is written when {@code includeSystemProperties} is on, so a
     * {@code systemProperties} list can only name a subset of what is written.
     */
    private void ignoredKeys(YamlMapping f, String name) {
        if (f.has("personalized")) {
            if (f.bool("personalized", false)) {
                problems.add(f.locationOf("personalized"), "personalized: true in delivery endpoint " + name
                        + " is not honoured: this runtime serves no personalization variants (set it to false or remove it)");
            } else {
                problems.ignore(f.locationOf("personalized"), "personalized: false ignored in delivery endpoint " + name
                        + " (this runtime serves no variants)");
            }
        }
        if (f.has("systemProperties")) {
            List<String> listed = f.strings("systemProperties");
            problems.ignore(f.locationOf("systemProperties"), "systemProperties " + listed + " ignored in delivery endpoint "
                    + name + " (every mgnl: property is written when includeSystemProperties is true)");
        }
    }

    /** The default order must be a property of the items the endpoint serves, or a query would fail on every call. */
    private String orderBy(YamlMapping f, String workspace, List<String> nodeTypes) {
        String name = f.string("orderBy", null);
        if (name == null || workspace == null) {
            return null;
        }
        Optional<ContentTypeDefinition> type = types.values().stream()
                .filter(t -> workspace.equals(t.workspace()) && nodeTypes.contains(t.nodeType())).findFirst();
        if (type.isEmpty()) {
            problems.add(f.locationOf("orderBy"), "orderBy needs a content type stored in workspace '" + workspace
                    + "' with one of the endpoint's node types");
            return null;
        }
        Optional<PropertyDefinition> property = type.get().model().property(name);
        if (property.isPresent() && RelationsViewReader.broken(type.get().model(), property.get())) {
            return null; // its type is reported where it is declared
        }
        if (property.isEmpty() || property.get().isSubModel()) {
            problems.add(f.locationOf("orderBy"), "orderBy '" + name + "' is not a property of content type '"
                    + type.get().name() + "'" + (property.isPresent() ? " (it holds entries)" : ""));
            return null;
        }
        return name;
    }

    private List<String> nodeTypes(YamlMapping f, String key, String fallback) {
        List<String> types = f.strings(key);
        for (String t : types) {
            if (!NAME.matcher(t).matches()) {
                problems.add(f.locationOf(key), "'" + t + "' in " + key + " is not a prefixed node type name");
            }
        }
        return types.isEmpty() ? List.of(fallback) : types;
    }

    private int number(YamlMapping f, String key, int fallback, int min) {
        String text = f.string(key, null);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the same message as a value that is too small
        }
        problems.add(f.locationOf(key), "'" + key + "' must be a whole number of at least " + min + ", found '" + text + "'");
        return fallback;
    }

    private List<ReferenceDefinition> references(YamlMapping f) {
        List<ReferenceDefinition> out = new ArrayList<>();
        YamlNode node = f.node("references");
        if (node == null || node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) {
            return out;
        }
        List<YamlNode> items = node instanceof YamlNode.Sequence seq ? seq.items()
                : node instanceof YamlNode.Mapping map ? List.copyOf(map.entries().values()) : null;
        if (items == null) {
            problems.add(node.location(), "'references' must be a list, found " + node.describe());
            return out;
        }
        for (YamlNode item : items) {
            reference(item).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ReferenceDefinition> reference(YamlNode node) {
        YamlMapping r = YamlMapping.of(node, "a reference", problems);
        if (r == null) {
            return Optional.empty();
        }
        r.allowOnly(REFERENCE_KEYS, "reference");
        String propertyName = r.requiredString("propertyName", "reference");
        Pattern pattern = null;
        if (propertyName != null) {
            try {
                pattern = Pattern.compile(propertyName);
            } catch (PatternSyntaxException e) {
                problems.add(r.locationOf("propertyName"), "propertyName is not a valid regular expression: " + e.getDescription());
            }
        }
        String nodeType = r.string("nodeType", null);
        if (nodeType != null && !NAME.matcher(nodeType).matches()) {
            problems.add(r.locationOf("nodeType"), "'" + nodeType + "' is not a prefixed node type name");
        }
        if (!r.has("referenceResolver")) {
            problems.add(r.location(), "missing required key 'referenceResolver' in reference");
            return Optional.empty();
        }
        YamlMapping resolver = YamlMapping.of(r.node("referenceResolver"), "'referenceResolver'", problems);
        if (resolver == null) {
            return Optional.empty();
        }
        String declared = resolver.string("$type", resolver.string("class", null));
        if (ASSET_RESOLVERS.contains(declared)) {
            resolver.allowOnly(ASSET_RESOLVER_KEYS, "referenceResolver");
            List<Integer> widths = new ArrayList<>();
            for (String w : resolver.strings("assetRenditions")) {
                if (!w.matches("[1-9]\\d{1,3}")) {
                    // Magnolia names imaging variations (480x360); this runtime makes width renditions only
                    problems.ignore(resolver.locationOf("assetRenditions"), "rendition '" + w + "' ignored: this runtime makes "
                            + "width renditions only, named by their width in pixels (such as 160, 320)");
                } else {
                    widths.add(Integer.valueOf(w));
                }
            }
            if (pattern != null) {
                assetReferences.add(new AssetReferenceDefinition(r.string("name", propertyName), pattern, nodeType,
                        resolver.bool("expand", true), resolver.bool("includeAssetMetadata", true),
                        resolver.bool("includeDownloadLink", true), widths, r.location()));
            }
            return Optional.empty();
        }
        resolver.allowOnly(RESOLVER_KEYS, "referenceResolver");
        String type = resolver.string("$type", RESOLVER_CLASS.equals(resolver.string("class", null)) ? "jcrReferenceResolver" : null);
        if (!"jcrReferenceResolver".equals(type)) {
            problems.add(resolver.location(), "reference resolver '" + type + "' is not supported (supported: jcrReferenceResolver)");
            return Optional.empty();
        }
        String target = resolver.requiredString("targetWorkspace", "referenceResolver");
        if (pattern == null || target == null) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceDefinition(r.string("name", propertyName), pattern, nodeType, target,
                resolver.bool("expand", true), resolver.bool("generateLink", false), r.location()));
    }
}
