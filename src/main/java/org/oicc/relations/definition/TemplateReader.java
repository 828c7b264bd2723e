package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code templates/pages/**.yaml} and {@code templates/components/**.yaml}. The runtime renders
 * FreeMarker only, so any other render type, a key it does not know, or a script that is not in the
 * module is an error with file and line. Checks across files (dialogs, available components) are in
 * {@link #checkLinks}.
 */
final class TemplateReader {

    static final String FOLDER = "templates/";
    private static final Set<String> TEMPLATE_KEYS = Set.of("title", "description", "renderType", "templateScript",
            "dialog", "visible", "areas", "parameters");
    private static final Set<String> AREA_KEYS = Set.of("title", "description", "type", "templateScript", "renderType",
            "maxComponents", "availableComponents");
    private static final Set<String> AVAILABLE_KEYS = Set.of("id");
    static final String SPA = "spa";
    static final String SPA_CLASS = "info.magnolia.rendering.spa.renderer.SpaRenderableDefinition";
    /** An SPA page template's keys (Magnolia's headless SPA demos): what the SPA editor reads. */
    private static final Set<String> SPA_KEYS = Set.of("title", "description", "renderType", "class", "$type", "templateScript",
            "baseUrl", "routeTemplate", "dialog", "visible", "areas", "parameters");
    private static final Set<String> AREA_TYPES = Set.of("list", "single", "noComponent");
    private static final String NAME = "[A-Za-z][A-Za-z0-9_-]*";

    private final String module;
    private final ModuleSource source;
    private final Problems problems;

    TemplateReader(ModuleSource source, Problems problems) {
        this.module = source.moduleName();
        this.source = source;
        this.problems = problems;
    }

    static boolean isTemplateFile(String file) {
        return file.startsWith(FOLDER);
    }

    Optional<TemplateDefinition> read(String file, YamlNode root) {
        String path = file.substring(FOLDER.length(), file.lastIndexOf('.'));
        TemplateDefinition.Kind kind = path.startsWith("pages/") ? TemplateDefinition.Kind.PAGE
                : path.startsWith("components/") ? TemplateDefinition.Kind.COMPONENT : null;
        if (kind == null) {
            problems.add(Location.of(file), "templates must be under templates/pages/ or templates/components/");
            return Optional.empty();
        }
        YamlMapping f = YamlMapping.of(root, "a template", problems);
        if (f == null) {
            return Optional.empty();
        }
        String id = module + ":" + path;
        if (SPA.equals(f.string("renderType", null))) {
            spa(f, id);
            return Optional.empty();
        }
        if (kind == TemplateDefinition.Kind.COMPONENT && !f.has("templateScript") && !f.has("renderType")
                && !source.exists(FOLDER + path + ".ftl")) {
            // Magnolia's SPA components are just this: a title and a dialog, drawn by the SPA
            problems.ignore(f.location(), "component template " + id + " without a script ignored: a single-page app "
                    + "renders it (no FreeMarker page of this module may offer it)");
            return Optional.empty();
        }
        f.allowOnly(TEMPLATE_KEYS, "template " + id);
        renderType(f, id);
        String script = script(f, "/" + module + "/" + FOLDER + path + ".ftl", true);
        String dialog = f.string("dialog", null);
        if (dialog != null && !dialog.matches("[A-Za-z0-9_-]+:[A-Za-z0-9_/-]+")) {
            problems.add(f.locationOf("dialog"), "dialog '" + dialog + "' is not a dialog id such as " + module + ":" + path);
        }
        Map<String, AreaDefinition> areas = new LinkedHashMap<>();
        if (f.has("areas")) {
            if (kind == TemplateDefinition.Kind.COMPONENT) {
                problems.add(f.locationOf("areas"), "areas are only supported on page templates");
            } else {
                areas(f.node("areas"), areas);
            }
        }
        return Optional.of(new TemplateDefinition(id, kind, f.string("title", null), f.string("description", null),
                TemplateDefinition.FREEMARKER, script, dialog, f.bool("visible", true), areas, f.stringMap("parameters"),
                f.location()));
    }

    /**
     * A template a single-page app renders ({@code renderType: spa}): Magnolia only hands its content to
     * the SPA, so the HTML this runtime serves is the same with or without it. Pages using it are still
     * delivered as JSON by the pages endpoint; they get no HTML page here. Listed as ignored.
     */
    private void spa(YamlMapping f, String id) {
        f.allowOnly(SPA_KEYS, "SPA template " + id);
        String type = f.string("class", null);
        if (type != null && !SPA_CLASS.equals(type)) {
            problems.add(f.locationOf("class"), "class '" + type + "' of SPA template " + id + " is not " + SPA_CLASS);
            return;
        }
        problems.ignore(f.locationOf("renderType"), "SPA template " + id + " ignored: a single-page app renders it, "
                + "this runtime serves its pages as JSON only (pages endpoint)");
    }

    private void renderType(YamlMapping f, String where) {
        String type = f.string("renderType", TemplateDefinition.FREEMARKER);
        if (!TemplateDefinition.FREEMARKER.equals(type)) {
            problems.add(f.locationOf("renderType"), "renderType '" + type + "' of " + where
                    + " is not supported (supported: " + TemplateDefinition.FREEMARKER + ")");
        }
    }

    /** Magnolia names scripts from the resources root: {@code /<module>/templates/pages/x.ftl}. */
    private String script(YamlMapping f, String fallback, boolean required) {
        String script = f.string("templateScript", required ? fallback : null);
        if (script == null) {
            return null;
        }
        String prefix = "/" + module + "/";
        if (!script.startsWith(prefix) || !script.endsWith(".ftl") || script.contains("..") || script.contains("//")) {
            problems.add(f.locationOf("templateScript"), "templateScript '" + script + "' must be a .ftl file of this module ("
                    + prefix + "...)");
            return null;
        }
        if (!source.exists(script.substring(prefix.length()))) {
            problems.add(f.has("templateScript") ? f.locationOf("templateScript") : f.location(),
                    "template script " + script + " does not exist");
        }
        return script;
    }

    private void areas(YamlNode node, Map<String, AreaDefinition> out) {
        YamlMapping all = YamlMapping.of(node, "'areas'", problems);
        if (all == null) {
            return;
        }
        for (Map.Entry<String, YamlNode> e : all.mapping().entries().entrySet()) {
            String name = e.getKey();
            YamlMapping a = YamlMapping.of(e.getValue(), "area '" + name + "'", problems);
            if (a == null) {
                continue;
            }
            if (!name.matches(NAME)) {
                problems.add(all.locationOf(name), "area name '" + name + "' must be a plain name");
            }
            a.allowOnly(AREA_KEYS, "area '" + name + "'");
            renderType(a, "area '" + name + "'");
            String type = a.string("type", "list");
            if (!AREA_TYPES.contains(type)) {
                problems.add(a.locationOf("type"), "area type '" + type + "' is not one of list, single, noComponent");
            }
            int max = maxComponents(a);
            out.put(name, new AreaDefinition(name, type, a.string("title", null), script(a, null, false),
                    "single".equals(type) ? 1 : max, available(a), a.location()));
        }
    }

    private int maxComponents(YamlMapping a) {
        String text = a.string("maxComponents", null);
        if (text == null) {
            return Integer.MAX_VALUE;
        }
        if (!text.matches("[1-9][0-9]{0,5}")) {
            problems.add(a.locationOf("maxComponents"), "maxComponents must be a whole number of at least 1, found '" + text + "'");
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(text);
    }

    private List<String> available(YamlMapping area) {
        List<String> ids = new ArrayList<>();
        if (!area.has("availableComponents")) {
            return ids;
        }
        YamlMapping all = YamlMapping.of(area.node("availableComponents"), "'availableComponents'", problems);
        if (all == null) {
            return ids;
        }
        for (Map.Entry<String, YamlNode> e : all.mapping().entries().entrySet()) {
            YamlMapping c = YamlMapping.of(e.getValue(), "available component '" + e.getKey() + "'", problems);
            if (c != null) {
                c.allowOnly(AVAILABLE_KEYS, "available component '" + e.getKey() + "'");
                String id = c.requiredString("id", "available component '" + e.getKey() + "'");
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** Dialogs named by templates exist, and areas offer only component templates of this module. */
    static void checkLinks(Map<String, TemplateDefinition> templates, Map<String, DialogDefinition> dialogs, Problems problems) {
        for (TemplateDefinition t : templates.values()) {
            if (t.dialog() != null && !dialogs.containsKey(t.dialog())) {
                problems.add(t.location(), "template " + t.id() + " uses dialog '" + t.dialog() + "', which does not exist"
                        + " (dialogs: " + String.join(", ", dialogs.keySet()) + ")");
            }
            for (AreaDefinition area : t.areas().values()) {
                for (String id : area.availableComponents()) {
                    TemplateDefinition c = templates.get(id);
                    if (c == null || c.kind() != TemplateDefinition.Kind.COMPONENT) {
                        problems.add(area.location(), "area '" + area.name() + "' offers '" + id
                                + "', which is not a component template of this module");
                    }
                }
            }
        }
    }
}
