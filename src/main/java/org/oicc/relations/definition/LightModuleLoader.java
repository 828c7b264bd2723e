package org.oicc.relations.definition;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks every YAML file of a light module into typed definitions. Problems from all
 * files are gathered and thrown together, each with file and line, so a broken module is fixed in
 * one pass and never half-loaded.
 */
public final class LightModuleLoader {

    private static final String VERSION_PATTERN = "\\d+(\\.\\d+){0,2}(-[A-Za-z0-9.]+)?";
    private static final Set<String> MODULE_KEYS = Set.of("name", "version", "dependencies", "description", "displayName");

    /** @throws DefinitionException listing every problem, each with file and line */
    public LightModule load(ModuleSource source) {
        Problems problems = new Problems();
        Map<String, YamlNode> parsed = parseAll(source, problems);
        Decorations.apply(source.moduleName(), parsed, problems);
        String version = moduleVersion(parsed.get("module.yaml"), problems);

        ContentTypeReader typeReader = new ContentTypeReader(problems);
        Map<String, ContentTypeDefinition> types = new LinkedHashMap<>();
        parsed.forEach((file, root) -> {
            if (file.startsWith("contentTypes/")) {
                typeReader.read(baseName(file), root).ifPresent(t -> types.put(t.name(), t));
            }
        });
        checkReferences(types, problems);
        checkWorkspaces(types, problems);

        AppReader appReader = new AppReader(problems);
        Map<String, AppDefinition> apps = new LinkedHashMap<>();
        parsed.forEach((file, root) -> {
            if (file.startsWith("apps/")) {
                appReader.read(baseName(file), root).ifPresent(app -> {
                    apps.put(app.definition().name(), app.definition());
                    attachValidators(app, types, problems);
                });
            }
        });
        Map<String, EndpointDefinition> endpoints = endpoints(parsed, types, problems);
        Map<String, TemplateDefinition> templates = new LinkedHashMap<>();
        Map<String, DialogDefinition> dialogs = new LinkedHashMap<>();
        templatesAndDialogs(source, parsed, templates, dialogs, problems);
        // sorted, so the "known:" list of a message reads alike whatever the file order
        DialogReader.checkWorkspaces(dialogs.values(),
                new java.util.TreeSet<>(LightModule.workspacesOf(types.values(), endpoints.values())), problems);
        SiteDefinition site = site(parsed, problems);
        VirtualUriMappings mappings = virtualUriMappings(parsed, problems);
        problems.throwIfAny();
        return new LightModule(source.moduleName(), version, types, apps, endpoints, templates, dialogs, site,
                MessageBundles.read(source), mappings, problems.ignored());
    }

    /** Every {@code .yaml} is parsed, also in folders this runtime does not interpret yet: bad YAML is never silent. */
    private Map<String, YamlNode> parseAll(ModuleSource source, Problems problems) {
        Map<String, YamlNode> parsed = new LinkedHashMap<>();
        List<String> files = new ArrayList<>(source.list(""));
        files.removeIf(f -> !f.endsWith(".yaml") && !f.endsWith(".yml"));
        if (!files.contains("module.yaml")) {
            problems.add(Location.of("module.yaml"), "missing: a light module needs a module.yaml with its version");
        }
        for (String file : files) {
            try (InputStream in = source.open(file)) {
                parsed.put(file, YamlReader.read(in, file));
            } catch (DefinitionException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(Location.of(file), "cannot be read: " + e.getMessage());
            }
        }
        return parsed;
    }

    private String moduleVersion(YamlNode root, Problems problems) {
        if (root == null) {
            return null;
        }
        YamlMapping f = YamlMapping.of(root, "module.yaml", problems);
        if (f == null) {
            return null;
        }
        f.allowOnly(MODULE_KEYS, "module.yaml");
        String version = f.requiredString("version", "module.yaml");
        if (version != null && !version.matches(VERSION_PATTERN)) {
            problems.add(f.locationOf("version"), "version '" + version + "' is not of the form x.y.z");
        }
        return version;
    }

    private static void checkReferences(Map<String, ContentTypeDefinition> types, Problems problems) {
        for (ContentTypeDefinition type : types.values()) {
            for (PropertyDefinition p : type.model().referenceProperties()) {
                if (p.type() instanceof PropertyType.Reference r && !types.containsKey(r.contentType())) {
                    problems.add(p.location(), "property '" + p.name() + "' references unknown content type '"
                            + r.contentType() + "' (known: " + String.join(", ", types.keySet()) + ")");
                }
            }
        }
    }

    /** Two types in one workspace would make "the type of an item" ambiguous for references and delivery. */
    private static void checkWorkspaces(Map<String, ContentTypeDefinition> types, Problems problems) {
        Map<String, String> owner = new LinkedHashMap<>();
        for (ContentTypeDefinition type : types.values()) {
            if (type.workspace() == null) {
                continue;
            }
            String first = owner.putIfAbsent(type.workspace(), type.name());
            if (first != null) {
                problems.add(type.location(), "workspace '" + type.workspace() + "' is already used by content type '"
                        + first + "'");
            }
        }
    }

    private static void attachValidators(AppReader.App app, Map<String, ContentTypeDefinition> types, Problems problems) {
        String typeName = app.definition().contentType();
        if (typeName == null) {
            if (!app.validators().isEmpty()) {
                problems.add(app.definition().location(), "form validators are only honoured in !content-type: apps");
            }
            return;
        }
        ContentTypeDefinition type = types.get(typeName);
        if (type == null) {
            problems.add(app.definition().location(), "app '" + app.definition().name()
                    + "' uses unknown content type '" + typeName + "'");
            return;
        }
        checkColumns(app, type, problems);
        checkLabels(app, type, problems);
        List<PropertyDefinition> properties = new ArrayList<>(type.model().properties());
        for (Map.Entry<String, List<ValidatorDefinition>> e : app.validators().entrySet()) {
            Optional<PropertyDefinition> target = type.model().property(e.getKey());
            if (target.isEmpty()) {
                Location at = e.getValue().isEmpty() ? app.definition().location() : e.getValue().get(0).location();
                problems.add(at, "form field '" + e.getKey() + "' is not a property of content type '" + typeName + "'");
                continue;
            }
            PropertyDefinition p = target.get();
            List<ValidatorDefinition> merged = new ArrayList<>(p.validators());
            merged.addAll(e.getValue());
            properties.set(properties.indexOf(p), p.withValidators(merged));
        }
        types.put(typeName, new ContentTypeDefinition(type.name(), type.datasource(),
                new ModelDefinition(type.nodeType(), properties, type.model().subModels()), type.location()));
    }

    /**
     * A form label names a property of the type (or of the submodel a property holds): Magnolia
     * would add a field of its own for any other name, which the standalone form would not show.
     * {@code jcrName}, the item name's field, is Magnolia's own and may be given a label or help.
     */
    private static void checkLabels(AppReader.App app, ContentTypeDefinition type, Problems problems) {
        app.labelLines().forEach((path, at) -> {
            if (path.equals("jcrName")) {
                return; // the node name's field, which Magnolia's content-type app adds to every form
            }
            String[] parts = path.split("\\.", 2);
            Optional<PropertyDefinition> field = type.model().property(parts[0]);
            if (field.isEmpty()) {
                if (!app.validators().containsKey(parts[0])) { // else already reported for its validators
                    problems.add(at, "form field '" + parts[0] + "' is not a property of content type '" + type.name() + "'");
                }
                return;
            }
            if (parts.length == 2) {
                boolean known = field.get().type() instanceof PropertyType.SubModel sub
                        && type.model().subModels().stream().filter(m -> m.name().equals(sub.name()))
                                .anyMatch(m -> m.properties().stream().anyMatch(p -> p.name().equals(parts[1])));
                if (!known) {
                    problems.add(at, "form field '" + path + "' is not a property of the submodel of '" + parts[0] + "'");
                }
            }
        });
    }

    /**
     * A browser column shows a property of the type or one of Magnolia's own columns ({@code jcrName},
     * {@code status}, {@code mgnl:lastModified}, ...); anything else would be an empty column.
     */
    private static void checkColumns(AppReader.App app, ContentTypeDefinition type, Problems problems) {
        for (Map.Entry<String, Location> e : app.columnLines().entrySet()) {
            String column = e.getKey();
            boolean magnolia = column.startsWith("jcr") || column.contains(":") || column.equals("status");
            if (!magnolia && type.model().property(column).filter(p -> !p.isSubModel()).isEmpty()) {
                problems.add(e.getValue(), "app '" + app.definition().name() + "': browser column '" + column
                        + "' is not a property of content type '" + type.name() + "'");
            }
        }
    }

    private static Map<String, EndpointDefinition> endpoints(Map<String, YamlNode> parsed,
            Map<String, ContentTypeDefinition> types, Problems problems) {
        EndpointReader reader = new EndpointReader(types, problems);
        Map<String, EndpointDefinition> endpoints = new LinkedHashMap<>();
        parsed.forEach((file, root) -> {
            if (EndpointReader.isEndpointFile(file)) {
                reader.read(file, root).ifPresent(e -> {
                    EndpointDefinition first = endpoints.putIfAbsent(e.path(), e);
                    if (first != null) {
                        problems.add(e.location(), "endpoint path /.rest/" + e.path() + " is already served by " + first.location().file());
                    }
                });
            }
        });
        return endpoints;
    }

    /** One site per module: two would leave open which one's languages the content has. */
    private static SiteDefinition site(Map<String, YamlNode> parsed, Problems problems) {
        SiteReader reader = new SiteReader(problems);
        SiteDefinition found = null;
        for (Map.Entry<String, YamlNode> e : parsed.entrySet()) {
            if (!SiteReader.isSiteFile(e.getKey())) {
                continue;
            }
            Optional<SiteDefinition> site = reader.read(e.getKey(), e.getValue());
            if (site.isPresent() && found != null) {
                problems.add(site.get().location(), "a second site definition: this runtime serves one site, already defined in "
                        + found.location().file());
            } else if (site.isPresent()) {
                found = site.get();
            }
        }
        return found == null ? SiteDefinition.WITHOUT_SITE : found;
    }

    /** In file order; a loop among the forwards is refused here, before any request. */
    private static VirtualUriMappings virtualUriMappings(Map<String, YamlNode> parsed, Problems problems) {
        VirtualUriMappingReader reader = new VirtualUriMappingReader(problems);
        List<VirtualUriMapping> list = new ArrayList<>();
        parsed.forEach((file, root) -> {
            if (VirtualUriMappingReader.isMappingFile(file)) {
                reader.read(file, root).ifPresent(list::add);
            }
        });
        VirtualUriMappings mappings = new VirtualUriMappings(list);
        VirtualUriMappingReader.checkLoops(mappings, problems);
        return mappings;
    }

    private static void templatesAndDialogs(ModuleSource source, Map<String, YamlNode> parsed,
            Map<String, TemplateDefinition> templates, Map<String, DialogDefinition> dialogs, Problems problems) {
        TemplateReader templateReader = new TemplateReader(source, problems);
        DialogReader dialogReader = new DialogReader(source.moduleName(), problems);
        parsed.forEach((file, root) -> {
            if (TemplateReader.isTemplateFile(file)) {
                templateReader.read(file, root).ifPresent(t -> templates.put(t.id(), t));
            } else if (DialogReader.isDialogFile(file)) {
                dialogReader.read(file, root).ifPresent(d -> dialogs.put(d.id(), d));
            }
        });
        TemplateReader.checkLinks(templates, dialogs, problems);
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.substring(0, name.lastIndexOf('.'));
    }
}
