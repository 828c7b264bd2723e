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
 * Finds what a page path renders: a page node with a page template of the module. A URL without a
 * page node ({@code /organizations/iula.html}) reaches its page through a virtual URI mapping of the
 * module ({@code virtualUriMappings/}), which {@link PageServlet} follows before this; nothing here
 * knows which URLs name items.
 */
final class PageResolver {

    private static final Logger LOG = LoggerFactory.getLogger(PageResolver.class);

    private final LightModule module;

    PageResolver(LightModule module) {
        this.module = module;
    }

    record Resolved(Node page, TemplateDefinition template, Map<String, String> parameters) {
    }

    Optional<Resolved> resolve(RenderRequest request, String path) throws RepositoryException {
        var website = request.session(CmsFunctions.WEBSITE);
        if (!website.nodeExists(path)) {
            return Optional.empty();
        }
        Node node = website.getNode(path);
        return template(node).map(t -> new Resolved(node, t, Map.of()));
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
