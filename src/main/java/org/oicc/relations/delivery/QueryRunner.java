package org.oicc.relations.delivery;

import org.oicc.relations.definition.DeliveryEndpointDefinition;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a query request against the endpoint's workspace: nodes of the endpoint's {@code nodeTypes}
 * below its {@code rootPath}, one page of them and the total.
 */
public final class QueryRunner {

    /** One page of results and how many there are in all. */
    public record Page(List<Node> nodes, long total) {
    }

    private final DeliveryEndpointDefinition endpoint;

    public QueryRunner(DeliveryEndpointDefinition endpoint) {
        this.endpoint = endpoint;
    }

    public Page run(Session session, DeliveryRequest request) throws RepositoryException {
        String selectorType = endpoint.nodeTypes().size() == 1 && !endpoint.strict() ? endpoint.nodeTypes().get(0) : "nt:base";
        // Only definition values (checked by the loader) are written into the statement.
        String sql = "SELECT * FROM [" + selectorType + "] AS n"
                + ("/".equals(endpoint.rootPath()) ? "" : " WHERE ISDESCENDANTNODE(n, [" + endpoint.rootPath() + "])");
        Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
        List<Node> page = new ArrayList<>();
        long total = 0;
        for (NodeIterator it = query.execute().getNodes(); it.hasNext();) {
            Node node = it.nextNode();
            if (!NodeTypes.matches(node, endpoint.nodeTypes(), endpoint.strict())) {
                continue;
            }
            if (total >= request.offset() && page.size() < request.limit()) {
                page.add(node);
            }
            total++;
        }
        return new Page(page, total);
    }
}
