package org.oicc.relations.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import org.oicc.relations.http.ErrorBody;
import org.oicc.relations.http.HttpError;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.caching.CacheControl;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.ClusterState;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /.health}: 200 with item counts per content-type workspace while the repository
 * answers, 503 when it does not, so a load balancer or a test can tell "up" from "started". An author
 * with subscribers adds each one's state ({@link SubscriberHealth}); a subscriber that is down does
 * not make the author DOWN — publishing still works, it queues.
 */
final class HealthServlet extends HttpServlet {

    private final transient LightModule module;
    private final transient SessionProvider sessions;
    private final transient ObjectMapper json;
    private transient volatile SubscriberReports subscribers = SubscriberReports.NONE;
    private transient volatile String clusterId;
    private transient volatile Supplier<Map<String, ClusterState>> clusterStates = Map::of;

    HealthServlet(LightModule module, SessionProvider sessions, ObjectMapper json) {
        this.module = module;
        this.sessions = sessions;
        this.json = json;
    }

    void reportSubscribers(SubscriberReports reports) {
        this.subscribers = reports;
    }

    /** A cluster node's id and where its repositories are in the journal, asked at every request. */
    void reportCluster(String id, Supplier<Map<String, ClusterState>> states) {
        this.clusterId = id;
        this.clusterStates = states;
    }

    /** Read-only: GET and HEAD; TRACE (which would echo cookies and credentials) and writes are 405. */
    private static final String ALLOW = "GET, HEAD, OPTIONS";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        switch (req.getMethod()) {
            case "GET", "HEAD" -> super.service(req, resp);
            case "OPTIONS" -> {
                resp.setHeader("Allow", ALLOW);
                CacheControl.noStore(resp);
                resp.setStatus(204);
            }
            default -> {
                resp.setHeader("Allow", ALLOW);
                CacheControl.noStore(resp);
                byte[] body = ErrorBody.bytes(json, new HttpError(405, "methodNotAllowed", "/.health answers GET and HEAD"));
                resp.setStatus(405);
                resp.setContentType("application/json");
                resp.setCharacterEncoding("UTF-8");
                resp.getOutputStream().write(body);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Long> items = new LinkedHashMap<>();
        String failure = null;
        try {
            for (ContentTypeDefinition type : module.allContentTypes()) {
                items.put(type.workspace(), count(type));
            }
        } catch (RepositoryException e) {
            failure = e.getMessage();
        }
        resp.setStatus(failure == null ? 200 : 503);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        CacheControl.noStore(resp);
        try (JsonGenerator out = json.getFactory().createGenerator(resp.getOutputStream())) {
            out.writeStartObject();
            out.writeStringField("status", failure == null ? "UP" : "DOWN");
            out.writeObjectFieldStart("repository");
            out.writeStringField("state", failure == null ? "RUNNING" : "UNAVAILABLE");
            if (failure != null) {
                out.writeStringField("error", failure);
            }
            out.writeEndObject();
            out.writeObjectFieldStart("items");
            for (Map.Entry<String, Long> e : items.entrySet()) {
                out.writeNumberField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            SubscriberHealth.write(out, subscribers.subscribers());
            ClusterHealth.write(out, clusterId, clusterId == null ? Map.of() : clusterStates.get());
            out.writeObjectFieldStart("module");
            out.writeStringField("name", module.name());
            out.writeStringField("version", ModuleVersion.get());
            out.writeEndObject();
            out.writeEndObject();
        }
    }

    /**
     * Items are the nodes of the content type's node type under its root path (folders not counted).
     * rootPath comes from the checked definition (a plain path), never from a request.
     */
    private long count(ContentTypeDefinition type) throws RepositoryException {
        // a read: a lent session, which on a cluster node also skips the journal catch-up of a fresh login
        Session session = sessions.loginForReading(Side.PUBLIC, type.workspace());
        try {
            String root = type.datasource().rootPath();
            String sql = "SELECT [jcr:uuid] FROM [" + type.nodeType() + "] AS i"
                    + ("/".equals(root) ? "" : " WHERE ISDESCENDANTNODE(i, [" + root + "])");
            Query query = session.getWorkspace().getQueryManager().createQuery(sql, Query.JCR_SQL2);
            NodeIterator nodes = query.execute().getNodes();
            long size = nodes.getSize();
            if (size >= 0) {
                return size;
            }
            long counted = 0;
            for (; nodes.hasNext(); nodes.nextNode()) {
                counted++;
            }
            return counted;
        } finally {
            sessions.release(session);
        }
    }
}
