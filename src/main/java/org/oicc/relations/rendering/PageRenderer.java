package org.oicc.relations.rendering;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.AreaDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.MgnlNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a page node with its template, and, through the {@code cms} directives, its areas and
 * components with theirs. Every script sees Magnolia's names: {@code content}, {@code def},
 * {@code ctx}, {@code cmsfn}, {@code cms}, {@code i18n}, and the module's own {@code relationsfn}.
 */
final class PageRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);
    /** Components holding areas holding components...: deeper than this is a content loop. */
    private static final int MAX_NESTING = 16;

    private final LightModule module;
    private final TemplateEngine engine;
    private final Messages messages;
    private final ItemIndex index;
    /** The widths {@code damfn} offers in a {@code srcset}: those the {@code /dam} servlet makes. */
    private volatile java.util.SortedSet<Integer> renditionWidths = org.oicc.relations.dam.DamSettings.defaults().renditionWidths();
    private final ThreadLocal<Integer> nesting = ThreadLocal.withInitial(() -> 0);

    PageRenderer(LightModule module, TemplateEngine engine, Messages messages, ItemIndex index) {
        this.module = module;
        this.index = index;
        this.engine = engine;
        this.messages = messages;
    }

    /** Set before the first page is served, from the instance's asset settings. */
    void renditionWidths(java.util.SortedSet<Integer> widths) {
        this.renditionWidths = widths;
    }

    void renderPage(RenderRequest request, Node page, TemplateDefinition def, Writer out)
            throws IOException, TemplateException, RepositoryException {
        render(request, page, def, def.templateScript(), Map.of(), out);
    }

    void renderArea(RenderRequest request, Node page, AreaDefinition area, Writer out)
            throws IOException, TemplateException, RepositoryException {
        Node areaNode = page.hasNode(area.name()) ? page.getNode(area.name()) : null;
        List<Node> components = areaNode == null ? List.of() : CmsDirectives.components(areaNode, area.maxComponents());
        if (area.templateScript() == null) {
            for (Node component : components) {
                renderComponent(request, component, out);
            }
            return;
        }
        // an area script lists the components itself: [#list components as c][@cms.component content=c /][/#list]
        ObjectWrapper wrapper = engine.wrapper();
        ContentMap content = areaNode == null ? null : new ContentMap(areaNode, request.language(), wrapper);
        SimpleHash model = model(request, content, areaModel(area), page, null, wrapper);
        model.put("components", components.stream().map(c -> new ContentMap(c, request.language(), wrapper)).toList());
        process(area.templateScript(), model, request, out);
    }

    void renderComponent(RenderRequest request, Node component, Writer out)
            throws IOException, TemplateException, RepositoryException {
        String id = component.hasProperty(MgnlNames.TEMPLATE) ? component.getProperty(MgnlNames.TEMPLATE).getString() : null;
        TemplateDefinition def = id == null ? null : module.template(id).orElse(null);
        if (def == null || def.kind() != TemplateDefinition.Kind.COMPONENT) {
            // as on a Magnolia public instance: a component whose template is gone shows nothing
            LOG.warn("component {} not rendered: template '{}' is not a component template of the module", component.getPath(), id);
            return;
        }
        render(request, component, def, def.templateScript(), Map.of(), out);
    }

    private void render(RenderRequest request, Node node, TemplateDefinition def, String script, Map<String, Object> extra,
            Writer out) throws IOException, TemplateException {
        ObjectWrapper wrapper = engine.wrapper();
        ContentMap content = new ContentMap(node, request.language(), wrapper);
        SimpleHash model = model(request, content, templateModel(def), node, def, wrapper);
        extra.forEach(model::put);
        process(script, model, request, out);
    }

    private void process(String script, SimpleHash model, RenderRequest request, Writer out) throws IOException, TemplateException {
        int depth = nesting.get();
        if (depth >= MAX_NESTING) {
            throw new TemplateModelException("components are nested more than " + MAX_NESTING + " deep");
        }
        nesting.set(depth + 1);
        try {
            engine.process(script, model, request.language(), out);
        } finally {
            nesting.set(depth);
        }
    }

    private SimpleHash model(RenderRequest request, ContentMap content, Map<String, Object> def, Node node,
            TemplateDefinition template, ObjectWrapper wrapper) {
        SimpleHash model = new SimpleHash(wrapper);
        model.put("content", content);
        model.put("def", def);
        model.put("ctx", ctx(request));
        model.put("state", state(request));
        model.put("cmsfn", CmsFunctions.model(request, wrapper));
        model.put("relationsfn", RelationsFunctions.model(request, index, wrapper));
        model.put("damfn", DamFunctions.model(request, renditionWidths, wrapper));
        model.put("i18n", messages.model(request.language()));
        ContentMap self = new ContentMap(node, request.language(), wrapper);
        model.put("cms", CmsDirectives.model(this, request, self, template == null ? areaHolder(node) : template, wrapper));
        return model;
    }

    /** Areas inside an area script still belong to the page's template. */
    private TemplateDefinition areaHolder(Node page) {
        try {
            String id = page.hasProperty(MgnlNames.TEMPLATE) ? page.getProperty(MgnlNames.TEMPLATE).getString() : "";
            return module.template(id).orElse(null);
        } catch (RepositoryException e) {
            return null;
        }
    }

    /**
     * Magnolia's {@code state} (its {@code AggregationState}), the two properties templates use for
     * absolute links (canonical, hreflang alternates, JSON-LD): the URL the browser asked for and its
     * path. The origin is the configured public URL ({@code --site-url}) or the connection's, never
     * the Host header; the path is the page's own URL in its language (what the browser asked for,
     * less the query).
     */
    private static Map<String, Object> state(RenderRequest request) {
        String uri = request.url(request.pagePath(), request.language());
        return Map.of("originalBrowserURI", uri, "originalBrowserURL", request.origin() + uri);
    }

    /**
     * Magnolia's {@code ctx}: the web context (context path, locale, request parameters). Two
     * extensions give templates what the site definition's locales imply, so no template lists
     * languages: {@code direction} ({@code rtl}/{@code ltr}) of the page's language,
     * {@code languageNames}, each site locale's name in its own language, {@code directions} of
     * each, and {@code defaultLanguage}, the fallback of untranslated values.
     */
    private static Map<String, Object> ctx(RenderRequest request) {
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("contextPath", request.contextPath());
        ctx.put("locale", ContentLocales.toLocale(request.language()));
        ctx.put("language", request.language());
        ctx.put("direction", ContentLocales.direction(request.language()));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> directions = new LinkedHashMap<>();
        request.languages().forEach(l -> {
            names.put(l, ContentLocales.displayName(l));
            directions.put(l, ContentLocales.direction(l));
        });
        ctx.put("languageNames", names);
        // for values shown in the default language where a translation is missing (lang/dir on them)
        ctx.put("defaultLanguage", request.defaultLanguage());
        ctx.put("directions", directions);
        ctx.put("parameters", request.parameters());
        ctx.put("getParameter", (TemplateMethodModelEx) args -> {
            if (args.size() != 1 || !(args.get(0) instanceof TemplateScalarModel name)) {
                throw new TemplateModelException("ctx.getParameter needs one parameter name");
            }
            String value = request.parameters().get(name.getAsString());
            return value == null ? null : new freemarker.template.SimpleScalar(value);
        });
        // Magnolia's ctx.response is the HttpServletResponse; templates use sendError(400|404) only
        ctx.put("response", Map.of("sendError", (TemplateMethodModelEx) args -> {
            if (args.size() != 1 || !(args.get(0) instanceof freemarker.template.TemplateNumberModel code)) {
                throw new TemplateModelException("ctx.response.sendError needs one status code");
            }
            try {
                request.sendError(code.getAsNumber().intValue());
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
            return freemarker.template.TemplateModel.NOTHING;
        }));
        return ctx;
    }

    /** {@code def}: the definition as Magnolia exposes it (id, title, templateScript, parameters, areas...). */
    private static Map<String, Object> templateModel(TemplateDefinition def) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", def.id());
        m.put("title", def.title());
        m.put("description", def.description());
        m.put("renderType", def.renderType());
        m.put("templateScript", def.templateScript());
        m.put("dialog", def.dialog());
        m.put("visible", def.visible());
        m.put("parameters", def.parameters());
        Map<String, Object> areas = new LinkedHashMap<>();
        def.areas().forEach((name, area) -> areas.put(name, areaModel(area)));
        m.put("areas", areas);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static Map<String, Object> areaModel(AreaDefinition area) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", area.name());
        m.put("type", area.type());
        m.put("availableComponents", area.availableComponents());
        if (area.title() != null) {
            m.put("title", area.title());
        }
        if (area.templateScript() != null) {
            m.put("templateScript", area.templateScript());
        }
        return m;
    }
}
