package org.oicc.relations.rendering;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.repository.MgnlNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.Map;
import java.util.Optional;

/**
 * Finds what a page URL renders. A page node with a page template renders itself. Otherwise, when
 * the parent path is a page whose template names an {@code itemWorkspace} parameter, the last
 * segment is an item of that workspace, rendered by the parent page with request parameter
 * {@code item} ({@code /organizations/iula} → page {@code /organizations}, {@code item=iula}): one
 * template serves every organization, and a new organization has its page without a page node.
 */
final class PageResolver {

    static final String ITEM_WORKSPACE = "itemWorkspace";
    static final String ITEM_PARAMETER = "item";
    private static final Logger LOG = LoggerFactory.getLogger(PageResolver.class);

    private final LightModule module;

    PageResolver(LightModule module) {
        this.module = module;
    }

    record Resolved(Node page, TemplateDefinition template, Map<String, String> parameters) {
    }

    Optional<Resolved> resolve(RenderRequest request, String path) throws RepositoryException {
        var website = request.session(CmsFunctions.WEBSITE);
        if (website.nodeExists(path)) {
            Node node = website.getNode(path);
            return template(node).map(t -> new Resolved(node, t, Map.of()));
        }
        int cut = path.lastIndexOf('/');
        if (cut <= 0 || !website.nodeExists(path.substring(0, cut))) {
            return Optional.empty();
        }
        Node parent = website.getNode(path.substring(0, cut));
        Optional<TemplateDefinition> template = template(parent);
        String workspace = template.map(t -> t.parameters().get(ITEM_WORKSPACE)).orElse(null);
        String item = path.substring(cut + 1);
        if (workspace == null || !request.session(workspace).nodeExists("/" + item)) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(parent, template.get(), Map.of(ITEM_PARAMETER, item)));
    }

    /** The page template a page node renders with; empty (and logged) when it names none of the module. */
    Optional<TemplateDefinition> template(Node node) throws RepositoryException {
        if (!node.isNodeType(MgnlNames.PAGE)) {
            return Optional.empty();
        }
        String id = node.hasProperty(MgnlNames.TEMPLATE) ? node.getProperty(MgnlNames.TEMPLATE).getString() : null;
        Optional<TemplateDefinition> template = Optional.ofNullable(id).flatMap(module::template)
                .filter(t -> t.kind() == TemplateDefinition.Kind.PAGE);
        if (template.isEmpty()) {
            LOG.warn("page {} is not rendered: '{}' is not a page template of the module", node.getPath(), id);
        }
        return template;
    }
}
