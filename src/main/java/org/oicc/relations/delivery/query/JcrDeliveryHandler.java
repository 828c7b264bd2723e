package org.oicc.relations.delivery.query;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.EndpointHandler;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.oicc.relations.delivery.node.NodeRenderer;
import org.oicc.relations.delivery.node.NodeSnapshots;
import org.oicc.relations.delivery.node.NodeTypes;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ReferenceDefinition;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PathNotFoundException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A {@code jcrDeliveryEndpoint_v2}: read node, get children ({@code @nodes}) and query. */
public final class JcrDeliveryHandler implements EndpointHandler {

    private final DeliveryEndpointDefinition endpoint;
    private final SessionProvider sessions;
    private final ContentLocales locales;
    private final DeliverySettings settings;
    private final NodeRenderer renderer;
    private final Set<String> workspaces;
    private final QueryRunner queries;

    public JcrDeliveryHandler(DeliveryEndpointDefinition endpoint, LightModule module, SessionProvider sessions,
            ContentLocales locales, DeliverySettings settings) {
        this(endpoint, module, sessions, locales, settings, null);
    }

    /** @param index the side's index over the same sessions, answering queries; null to ask the repository alone */
    public JcrDeliveryHandler(DeliveryEndpointDefinition endpoint, LightModule module, SessionProvider sessions,
            ContentLocales locales, DeliverySettings settings, ItemIndex index) {
        this(endpoint, module, sessions, locales, settings, index, NodeSnapshots.uncached(module));
    }

    /** @param snapshots the side's nodes kept between answers ({@link NodeSnapshots#uncached} to read every node each time) */
    public JcrDeliveryHandler(DeliveryEndpointDefinition endpoint, LightModule module, SessionProvider sessions,
            ContentLocales locales, DeliverySettings settings, ItemIndex index, NodeSnapshots snapshots) {
        this.endpoint = endpoint;
        this.renderer = new NodeRenderer(endpoint, module, locales, snapshots);
        this.queries = new QueryRunner(endpoint, module.contentTypeOfWorkspace(endpoint.workspace()).orElse(null), locales, index);
        this.sessions = sessions;
        this.locales = locales;
        this.settings = settings;
        Set<String> read = new LinkedHashSet<>();
        read.add(endpoint.workspace());
        endpoint.references().stream().map(ReferenceDefinition::targetWorkspace).forEach(read::add);
        if (!endpoint.assetReferences().isEmpty()) {
            read.add(org.oicc.relations.definition.LightModule.DAM); // an asset's alternative text or file can change alone
        }
        this.workspaces = Set.copyOf(read);
    }

    @Override
    public PreparedAnswer prepare(String subPath, Map<String, String[]> params, String acceptLanguage) {
        DeliveryRequest request = new RequestParser(endpoint, locales, settings.maxLimit()).parse(subPath, params, acceptLanguage);
        // checked here, before anything is read or cached, and the same plan answers the query
        QueryPlan plan = request.kind() == DeliveryRequest.Kind.QUERY ? queries.plan(request) : null;
        String language = request.language().all() ? locales.defaultLocale() : request.language().tag();
        // the URL says the rest (endpoint, path, parameters); the language may come from Accept-Language
        return new PreparedAnswer(request.language().tag(), workspaces, language, out -> write(out, request, plan));
    }

    private void write(JsonGenerator out, DeliveryRequest request, QueryPlan plan) throws IOException, RepositoryException {
        QueryBudget budget = QueryBudget.of(settings.queryTimeout());
        try (SessionScope answerSessions = SessionScope.forReading(sessions, Side.PUBLIC)) {
            try {
                answer(out, request, plan, budget, answerSessions);
            } catch (RepositoryException | RuntimeException e) {
                answerSessions.discard();
                throw e;
            }
        }
    }

    private void answer(JsonGenerator out, DeliveryRequest request, QueryPlan plan, QueryBudget budget,
            SessionScope answerSessions) throws IOException, RepositoryException {
        switch (request.kind()) {
            case READ_NODE -> {
                // no session unless a node must be read: a node kept from an earlier answer needs none
                try {
                    renderer.writeAt(out, JcrPaths.absolute(endpoint.rootPath(), request.path()), request.language(), answerSessions);
                } catch (PathNotFoundException e) {
                    throw DeliveryException.pathNotFound(request.path());
                }
            }
            case CHILDREN -> {
                out.writeStartArray();
                Node parent = node(answerSessions.session(endpoint.workspace()), request.path());
                for (Node child : StoredPaths.of(parent).children(parent)) {
                    budget.check();
                    if (NodeTypes.matches(child, endpoint.nodeTypes(), endpoint.strict())
                            || NodeTypes.matches(child, endpoint.childNodeTypes(), endpoint.strict())) {
                        renderer.write(out, child, request.language(), answerSessions);
                    }
                }
                out.writeEndArray();
            }
            case QUERY -> {
                QueryRunner.Page page = queries.run(answerSessions.session(endpoint.workspace()), request, plan, budget);
                out.writeStartObject();
                out.writeArrayFieldStart("results");
                for (String path : page.paths()) {
                    budget.check();
                    // a kept snapshot needs no repository read; an item gone since the query is left out
                    renderer.writeIfPresent(out, path, request.language(), answerSessions);
                }
                out.writeEndArray();
                out.writeNumberField("total", page.total());
                out.writeNumberField("offset", request.offset());
                out.writeNumberField("limit", request.limit());
                out.writeEndObject();
            }
        }
    }

    private Node node(Session session, String relative) throws RepositoryException {
        String path = JcrPaths.absolute(endpoint.rootPath(), relative);
        Node node;
        try {
            // one look-up, not exists-then-get: a save in between would turn "found" into a failure
            node = session.getNode(StoredPaths.of(session).stored(path));
        } catch (PathNotFoundException e) {
            throw DeliveryException.pathNotFound(relative);
        }
        if (node.getDepth() > 0 && !NodeTypes.matches(node, endpoint.nodeTypes(), endpoint.strict())
                && !NodeTypes.matches(node, endpoint.childNodeTypes(), endpoint.strict())) {
            throw DeliveryException.pathNotFound(relative);
        }
        return node;
    }
}
