package org.oicc.relations.authoring.order;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.ApiError;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.http.JsonIO;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublishedItem;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.repository.SessionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A category's page order over HTTP, at {@code /.rest/order/v1/*} on the author side (an extension:
 * Magnolia has no such API):
 * <pre>
 * GET  /{category}?offset=0&amp;limit=50   editor     the entries in page order
 * POST /{category}                     editor     {"offset":0,"before":[ids],"after":[ids]}: one save, all or nothing
 * POST /{category}/publish             publisher  publishes every organization whose entries changed, as one publication
 * </pre>
 * A stale {@code before} is a 409 with the identifiers now at those places; nothing is written.
 */
public final class OrderApiServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(OrderApiServlet.class);
    public static final String PATH = "/.rest/order/v1";
    private static final int MAX_LIMIT = 200;

    private final transient CategoryOrder order;
    private final transient OrderPublication publication;
    private final transient Authentication auth;
    private final transient JsonIO io;

    public OrderApiServlet(CategoryOrder order, OrderPublication publication, Authentication auth, JsonIO io) {
        this.order = order;
        this.publication = publication;
        this.auth = auth;
        this.io = io;
    }

    /**
     * The API for {@code /.rest/order/v1/*}, when the module orders entries (a relations view with {@code orderBy}).
     *
     * @param drafts the author side's index
     */
    public static Optional<OrderApiServlet> of(LightModule module, SessionProvider sessions, ItemIndex drafts,
                                               ItemLocks locks, Publisher publisher, Authentication auth, JsonIO io) {
        return OrderedEntries.of(module).map(def -> {
            CategoryOrder order = new CategoryOrder(def, sessions, drafts, locks, Clock.systemUTC());
            return new OrderApiServlet(order, new OrderPublication(order, sessions, drafts, publisher), auth, io);
        });
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String[] parts = (req.getPathInfo() == null ? "" : req.getPathInfo()).split("/", -1);
            boolean post = "POST".equals(req.getMethod());
            if (!post && !"GET".equals(req.getMethod())) {
                resp.setHeader("Allow", "GET, POST");
                throw new ApiError(405, "methodNotAllowed", "read the order with GET, change or publish it with POST");
            }
            if (parts.length == 2 && !parts[1].isEmpty()) {
                if (post) {
                    reorder(req, resp, parts[1], auth.require(req, Role.EDITOR));
                } else {
                    page(req, resp, parts[1], auth.require(req, Role.EDITOR));
                }
            } else if (parts.length == 3 && "publish".equals(parts[2]) && post) {
                publish(resp, parts[1], auth.require(req, Role.PUBLISHER));
            } else {
                throw new ApiError(404, "pathNotFound", "use /.rest/order/v1/{category} or /.rest/order/v1/{category}/publish");
            }
        } catch (ApiError e) {
            JsonIO.drain(req);
            io.error(resp, e);
        } catch (IllegalArgumentException e) {
            io.error(resp, e.getMessage() != null && e.getMessage().startsWith("no category")
                    ? new ApiError(404, "pathNotFound", e.getMessage()) : new ApiError(400, "badRequest", e.getMessage()));
        } catch (StaleOrderException e) {
            stale(resp, e);
        } catch (PublicationException e) {
            io.error(resp, e.reason() == PublicationException.Reason.TRANSPORT ? new ApiError(502, "publicationFailed", e.getMessage())
                    : new ApiError(409, "unpublishedReferences", e.getMessage()));
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("order request {} {} failed", req.getMethod(), req.getPathInfo(), e);
            io.error(resp, new ApiError(500, "unknown", "the order could not be read or changed; nothing was changed"));
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String category, User user)
            throws IOException, RepositoryException {
        int offset = number(req.getParameter("offset"), 0, Integer.MAX_VALUE, 0, "offset");
        int limit = number(req.getParameter("limit"), 1, MAX_LIMIT, 50, "limit");
        CategoryOrder.Page page = order.page(category, offset, limit);
        io.write(resp, 200, out -> {
            out.writeStartObject();
            out.writeStringField("category", category);
            out.writeNumberField("total", page.total());
            out.writeNumberField("offset", offset);
            out.writeNumberField("limit", limit);
            out.writeArrayFieldStart("entries");
            for (OrderedEntry e : page.entries()) {
                out.writeStartObject();
                out.writeStringField("id", e.id());
                out.writeStringField("path", e.path());
                out.writeStringField("item", e.itemName());
                if (e.position() == null) {
                    out.writeNullField("position");
                } else {
                    out.writeNumberField("position", e.position());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private void reorder(HttpServletRequest req, HttpServletResponse resp, String category, User user)
            throws IOException, RepositoryException, StaleOrderException {
        JsonNode body = io.readBody(req);
        JsonNode offset = body.path("offset");
        if (!body.has("offset") || !offset.canConvertToInt() || !offset.isIntegralNumber() || offset.asInt() < 0) {
            throw new ApiError(400, "badRequest", "'offset' must be a whole number from 0");
        }
        CategoryOrder.Result result = order.reorder(category, offset.asInt(), ids(body, "before"), ids(body, "after"), user.name());
        io.write(resp, 200, out -> {
            out.writeStartObject();
            out.writeNumberField("renumbered", result.renumbered());
            strings(out, "changed", result.changedItems());
            out.writeEndObject();
        });
    }

    private void publish(HttpServletResponse resp, String category, User user)
            throws IOException, RepositoryException, PublicationException {
        List<PublishedItem> done = publication.publish(category, user.name());
        io.write(resp, 200, out -> {
            out.writeStartObject();
            strings(out, "published", done.stream().map(PublishedItem::qualifiedPath).toList());
            out.writeEndObject();
        });
    }

    private void stale(HttpServletResponse resp, StaleOrderException e) throws IOException {
        try {
            io.write(resp, 409, out -> {
                out.writeStartObject();
                out.writeObjectFieldStart("error");
                out.writeStringField("code", "staleOrder");
                out.writeStringField("message", e.getMessage());
                out.writeEndObject();
                strings(out, "current", e.current());
                out.writeEndObject();
            });
        } catch (RepositoryException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<String> ids(JsonNode body, String field) {
        JsonNode list = body.path(field);
        if (!list.isArray() || list.isEmpty() || list.size() > CategoryOrder.MAX_WINDOW) {
            throw new ApiError(400, "badRequest", "'" + field + "' must be a list of 1 to " + CategoryOrder.MAX_WINDOW
                    + " entry identifiers");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode id : list) {
            if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > 100) {
                throw new ApiError(400, "badRequest", "'" + field + "' holds something that is not an entry identifier");
            }
            out.add(id.asText());
        }
        return out;
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    private static int number(String text, int min, int max, int fallback, String name) {
        if (text == null) {
            return fallback;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw new ApiError(400, "badRequest", "'" + name + "' must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(text);
    }
}
