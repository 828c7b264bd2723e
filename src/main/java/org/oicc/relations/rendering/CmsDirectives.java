package org.oicc.relations.rendering;

import freemarker.core.Environment;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.definition.AreaDefinition;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * Magnolia's {@code cms} directives for one script: {@code [@cms.page /]} (editor hooks: none here,
 * there is no page editor), {@code [@cms.area name="main" /]} (the area's components, each with its
 * own template) and {@code [@cms.component content=component /]}.
 */
final class CmsDirectives {

    private CmsDirectives() {
    }

    /** @param content the node the current script renders; @param def its template definition */
    static SimpleHash model(PageRenderer renderer, RenderRequest request, ContentMap content, TemplateDefinition def,
            freemarker.template.ObjectWrapper wrapper) {
        SimpleHash cms = new SimpleHash(wrapper);
        cms.put("page", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            only(params, Set.of(), "cms.page");
            renderBody(body, env);
        });
        cms.put("area", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            only(params, Set.of("name"), "cms.area");
            String name = params.get("name") instanceof TemplateScalarModel s ? s.getAsString() : null;
            if (name == null) {
                throw new TemplateModelException("[@cms.area /] needs name=\"...\"");
            }
            AreaDefinition area = def.area(name).orElseThrow(() -> new TemplateModelException(
                    "area '" + name + "' is not defined in template " + def.id()));
            try {
                renderer.renderArea(request, content.node(), area, env.getOut());
            } catch (RepositoryException e) {
                throw new TemplateModelException("cannot read area '" + name + "' of " + content.describe(), e);
            }
        });
        cms.put("component", (TemplateDirectiveModel) (env, params, loopVars, body) -> {
            only(params, Set.of("content"), "cms.component");
            if (!(params.get("content") instanceof ContentMap component)) {
                throw new TemplateModelException("[@cms.component /] needs content=<a component node>");
            }
            try {
                renderer.renderComponent(request, component.node(), env.getOut());
            } catch (RepositoryException e) {
                throw new TemplateModelException("cannot read component " + component.describe(), e);
            }
        });
        return cms;
    }

    private static void only(Map<?, ?> params, Set<String> known, String directive) throws TemplateModelException {
        for (Object key : params.keySet()) {
            if (!known.contains(key)) {
                throw new TemplateModelException("[@" + directive + "] has no parameter '" + key + "' (known: " + known + ")");
            }
        }
    }

    private static void renderBody(TemplateDirectiveBody body, Environment env) throws TemplateException, IOException {
        if (body != null) {
            body.render(env.getOut());
        }
    }

    /** The components of an area node in stored order, at most {@code max}. */
    static java.util.List<Node> components(Node area, int max) throws RepositoryException {
        java.util.List<Node> out = new java.util.ArrayList<>();
        for (NodeIterator it = area.getNodes(); it.hasNext() && out.size() < max;) {
            Node child = it.nextNode();
            if (child.isNodeType(MgnlNames.COMPONENT)) {
                out.add(child);
            }
        }
        return out;
    }
}
