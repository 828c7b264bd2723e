package org.oicc.relations.authoring.http;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublishedItem;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.authoring.users.User;
import org.oicc.relations.http.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Magnolia's commands endpoint v2 for publication: {@code POST /.rest/commands/v2/[default/]publish}
 * and {@code .../unpublish} with {@code {"repository": ws, "path": p, "recursive": bool}}. Needs the
 * publisher role. {@code "withReferences": true} (an extension) publishes unpublished referenced
 * items first instead of answering 409.
 */
public final class CommandsServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(CommandsServlet.class);

    private final transient Publisher publisher;
    private final transient Authentication auth;
    private final transient JsonIO io;

    public CommandsServlet(Publisher publisher, Authentication auth, JsonIO io) {
        this.publisher = publisher;
        this.auth = auth;
        this.io = io;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            if (!"POST".equals(req.getMethod())) {
                resp.setHeader("Allow", "POST");
                throw new ApiError(405, "methodNotAllowed", "commands are run with POST");
            }
            String command = command(req.getPathInfo());
            User user = auth.require(req, Role.PUBLISHER);
            JsonNode body = io.readBody(req);
            String workspace = text(body, "repository");
            String path = text(body, "path");
            if ("publish".equals(command)) {
                List<Publisher.Include> include = new ArrayList<>();
                if (body.path("recursive").asBoolean(false)) {
                    include.add(Publisher.Include.CHILD_ITEMS);
                }
                if (body.path("withReferences").asBoolean(false)) {
                    include.add(Publisher.Include.UNPUBLISHED_REFERENCES);
                }
                List<PublishedItem> done = publisher.publish(workspace, path, user.name(), include.toArray(Publisher.Include[]::new));
                io.write(resp, 200, out -> {
                    out.writeStartObject();
                    out.writeBooleanField("success", true);
                    out.writeArrayFieldStart("published");
                    for (PublishedItem item : done) {
                        out.writeString(item.qualifiedPath());
                    }
                    out.writeEndArray();
                    out.writeEndObject();
                });
            } else {
                publisher.unpublish(workspace, path, user.name());
                io.write(resp, 200, out -> {
                    out.writeStartObject();
                    out.writeBooleanField("success", true);
                    out.writeEndObject();
                });
            }
        } catch (ApiError e) {
            JsonIO.drain(req);
            io.error(resp, e);
        } catch (PublicationException e) {
            io.error(resp, toApiError(e));
        } catch (javax.jcr.NoSuchWorkspaceException e) {
            io.error(resp, ApiError.notFound("no such repository"));
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("command {} failed", req.getPathInfo(), e);
            io.error(resp, new ApiError(500, "unknown", "the command could not be carried out"));
        }
    }

    private static ApiError toApiError(PublicationException e) {
        List<HttpError.Problem> items = e.items().stream().map(i -> new HttpError.Problem(i, "not published")).toList();
        return switch (e.reason()) {
            case NOT_FOUND -> ApiError.notFound(e.getMessage());
            case UNPUBLISHED_REFERENCES -> new ApiError(409, "unpublishedReferences", e.getMessage(), items);
            case PARENT_NOT_PUBLISHED -> new ApiError(409, "parentNotPublished", e.getMessage(), items);
            case TRANSPORT -> new ApiError(502, "publicationFailed", e.getMessage());
        };
    }

    /** {@code /default/publish}, {@code /publish}; only the publication commands are enabled. */
    private static String command(String pathInfo) {
        String p = pathInfo == null ? "" : pathInfo;
        String command = p.startsWith("/default/") ? p.substring("/default/".length()) : p.startsWith("/") ? p.substring(1) : p;
        if (!command.equals("publish") && !command.equals("unpublish")) {
            throw new ApiError(404, "notFound", "no such command; enabled: default/publish, default/unpublish");
        }
        return command;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest("'" + field + "' is required");
        }
        return v.asText();
    }
}
