package org.oicc.relations.authoring.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ContentValidationException;
import org.oicc.relations.content.Item;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.content.StaleItemException;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.http.HttpError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Nodes API writes turned into content-service writes, so every change through the API is
 * validated against its content type like an editor's form. A path inside an item addresses a
 * submodel entry ({@code /iula/relationships/1}); an entry is changed under the content service's
 * write lock, so parallel edits of different entries all survive.
 *
 * <p>Each write answers with what the client gets back, made while the write's session is open:
 * the item's ETag and its node in Nodes API shape, so no second session is needed for the answer.
 */
final class ItemEdits {

    /** What a Nodes API path points at: an item, a submodel list of an item, or one entry of it. */
    record Target(ContentTypeDefinition type, String item, String list, Integer entry) {
    }

    /** A saved item: its new ETag and its node as Nodes API JSON (depth 0), ready to be replayed. */
    record Saved(String etag, TokenBuffer node) {
    }

    private static final ContentService.Answer<Saved> SAVED = (item, node) -> {
        TokenBuffer json = new TokenBuffer(null, false);
        try {
            NodeJson.write(json, node, 0, Set.of(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("a token buffer is memory; it does not fail", e);
        }
        return new Saved(NodesApiServlet.etag(item), json);
    };

    private final LightModule module;
    private final ContentService content;

    ItemEdits(LightModule module, ContentService content) {
        this.module = module;
        this.content = content;
    }

    /** @param path the node path inside the workspace; "/" is the workspace root */
    Target resolve(String workspace, String path) {
        ContentTypeDefinition type = module.contentTypeOfWorkspace(workspace).orElseThrow(() -> new ApiError(403, "accessDenied",
                "workspace '" + workspace + "' is not editable through this API (only content-type workspaces are)"));
        String[] parts = "/".equals(path) ? new String[0] : path.substring(1).split("/");
        if (parts.length > 3) {
            throw ApiError.notFound(path);
        }
        String item = parts.length > 0 ? parts[0] : null;
        String list = parts.length > 1 ? parts[1] : null;
        if (list != null) {
            PropertyDefinition def = type.model().property(list)
                    .filter(p -> p.isSubModel() && p.multiple()).orElseThrow(() -> ApiError.notFound(path));
            list = def.name();
        }
        Integer entry = null;
        if (parts.length == 3) {
            if (!parts[2].matches("\\d{1,4}")) {
                throw ApiError.notFound(path);
            }
            entry = Integer.valueOf(parts[2]);
        }
        return new Target(type, item, list, entry);
    }

    /**
     * PUT: a new item under the root, or a new entry appended to a submodel list.
     *
     * @param unchanged the client's If-Match as a test of the stored item (null: none), checked atomically with the write
     */
    Saved create(Target parent, JsonNode body, String user, Predicate<Item> unchanged) {
        Map<String, Object> values = properties(body);
        if (parent.item() == null) {
            String name = body.path("name").asText("");
            String type = body.path("type").asText(parent.type().nodeType());
            if (!type.equals(parent.type().nodeType())) {
                throw ApiError.badRequest("type must be " + parent.type().nodeType() + " in this workspace, not " + type);
            }
            return validated(() -> content.create(parent.type().name(), name, ItemInput.of(values), user, SAVED));
        }
        if (parent.list() == null || parent.entry() != null) {
            throw ApiError.badRequest("nodes can be added at the workspace root (items) or to a submodel list such as /<item>/<list>");
        }
        return validated(() -> content.updateEntries(parent.type().name(), parent.item(), parent.list(), entries -> entries.add(values),
                user, unchanged, SAVED));
    }

    /** POST: the given properties of an item or of one entry are set; others are kept. */
    Saved update(Target target, JsonNode body, String user, Predicate<Item> unchanged) {
        Map<String, Object> values = properties(body);
        if (target.item() == null || target.list() != null && target.entry() == null) {
            throw ApiError.badRequest("update an item (/<item>) or an entry (/<item>/<list>/<n>)");
        }
        if (target.list() == null) {
            return validated(() -> content.update(target.type().name(), target.item(), ItemInput.of(values), user, unchanged, SAVED));
        }
        return validated(() -> content.updateEntries(target.type().name(), target.item(), target.list(), entries -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> entry = new LinkedHashMap<>((Map<String, Object>) entry(entries, target));
            entry.putAll(values);
            entry.values().removeIf(v -> v == null);
            entries.set(target.entry(), entry);
        }, user, unchanged, SAVED));
    }

    void delete(Target target, String user, Predicate<Item> unchanged) {
        if (target.item() == null || target.list() != null && target.entry() == null) {
            throw ApiError.badRequest("delete an item (/<item>) or an entry (/<item>/<list>/<n>)");
        }
        if (target.list() == null) {
            validated(() -> {
                content.delete(target.type().name(), target.item(), user, unchanged);
                return null;
            });
            return;
        }
        validated(() -> content.updateEntries(target.type().name(), target.item(), target.list(), entries -> {
            entry(entries, target);
            entries.remove((int) target.entry());
        }, user, unchanged, (item, node) -> item));
    }

    private static Object entry(List<Object> entries, Target target) {
        if (target.entry() >= entries.size()) {
            throw ApiError.notFound("/" + target.item() + "/" + target.list() + "/" + target.entry());
        }
        return entries.get(target.entry());
    }

    /** {@code properties: [{name, multiple, values}]} → input values; {@code values: []} removes the property. */
    static Map<String, Object> properties(JsonNode body) {
        Map<String, Object> values = new LinkedHashMap<>();
        JsonNode props = body.path("properties");
        if (!props.isMissingNode() && !props.isArray()) {
            throw ApiError.badRequest("'properties' must be a list of {name, type, multiple, values}");
        }
        for (JsonNode p : props) {
            String name = p.path("name").asText("");
            JsonNode given = p.path("values");
            if (name.isEmpty() || !given.isArray()) {
                throw ApiError.badRequest("every property needs a 'name' and a 'values' list");
            }
            List<Object> list = new ArrayList<>();
            for (JsonNode v : given) {
                // Magnolia's values are strings; a number or true/false is taken as its text, but null,
                // a list or an object has no text an editor meant (it would be stored as "null")
                if (!v.isValueNode() || v.isNull()) {
                    throw ApiError.badRequest("property '" + name + "': each value must be a string, not "
                            + (v.isNull() ? "null" : v.isArray() ? "a list" : "an object"));
                }
                list.add(v.asText());
            }
            if (values.containsKey(name)) {
                throw ApiError.badRequest("property '" + name + "' is given twice");
            }
            values.put(name, p.path("multiple").asBoolean(false) ? list : list.isEmpty() ? null : single(name, list));
        }
        return values;
    }

    private static Object single(String name, List<Object> list) {
        if (list.size() > 1) {
            throw ApiError.badRequest("property '" + name + "' has several values but is not marked multiple");
        }
        return list.get(0);
    }

    private interface Write<T> {
        T run();
    }

    private static <T> T validated(Write<T> write) {
        try {
            return write.run();
        } catch (NoSuchItemException e) {
            throw ApiError.notFound(e.getMessage());
        } catch (StaleItemException e) {
            throw new ApiError(412, "preconditionFailed", "the item changed since it was read (ETag "
                    + NodesApiServlet.etag(e.current()) + "); reload it and apply the change again");
        } catch (ContentValidationException e) {
            List<HttpError.Problem> problems = new ArrayList<>();
            boolean referenced = false;
            boolean published = false;
            for (ValidationProblem p : e.problems()) {
                problems.add(new HttpError.Problem(p.path(), p.message()));
                referenced |= p.key().endsWith(".referenced");
                published |= p.key().endsWith(".published");
            }
            if (published) {
                throw new ApiError(409, "published", "the item is published; unpublish it first, then delete it", problems);
            }
            if (referenced) {
                throw new ApiError(409, "referenced", "the item is still referenced: " + problems.get(0).message(), problems);
            }
            throw new ApiError(400, "validationFailed", "the content was refused; nothing was changed", problems);
        }
    }
}
