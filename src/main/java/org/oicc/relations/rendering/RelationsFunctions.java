package org.oicc.relations.rendering;

import org.oicc.relations.repository.StoredPaths;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code relationsfn}: the module's templating functions for lists that grow with a workspace, in
 * the spirit of Magnolia's {@code searchfn} (a query with {@code limit} and {@code offset} that
 * returns {@code ContentMap}s). Each call is one lookup in the side's {@link ItemIndex} and reads
 * only the nodes of the page it returns, so a template never walks a workspace:
 * <ul>
 *   <li>{@code relationsfn.entries(workspace, subModel, reference, targetId, orderBy, offset, limit)}:
 *       the submodel entries whose {@code reference} is {@code targetId}, e.g. the relationships of a
 *       category in page order; each result is {@code {entry, item}} (the entry and the item holding it);</li>
 *   <li>{@code relationsfn.items(workspace, orderBy, offset, limit)}: one page of a workspace's items,
 *       ordered by a property as the page's language shows it ({@code @name} for node names).</li>
 * </ul>
 * Both answer {@code {results, total, offset, limit}}, so a template can say how many it leaves out.
 * Names of workspaces and properties come from the templates, never from Java.
 */
final class RelationsFunctions {

    /** More per call is not one page of anything a visitor reads; a template asking for it is wrong. */
    static final int MAX_LIMIT = 1000;

    private RelationsFunctions() {
    }

    static SimpleHash model(RenderRequest request, ItemIndex index, ObjectWrapper wrapper) {
        SimpleHash fn = new SimpleHash(wrapper);
        fn.put("entries", (TemplateMethodModelEx) args -> {
            arity(args, 7, "entries(workspace, subModel, reference, targetId, orderBy, offset, limit)");
            String workspace = text(args, 0);
            int offset = number(args, 5, "offset");
            int limit = limit(args, 6);
            Session session = session(request, workspace);
            IndexPage page = index.entries(workspace, text(args, 1), text(args, 2), text(args, 3), text(args, 4), offset, limit);
            List<Map<String, Object>> results = new ArrayList<>();
            for (Node entry : nodes(session, page)) {
                ContentMap wrapped = new ContentMap(entry, request.language(), wrapper);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("entry", wrapped);
                result.put("item", wrapped.wrap(holder(entry)));
                results.add(result);
            }
            return answer(wrapper, results, page.total(), offset, limit);
        });
        fn.put("items", (TemplateMethodModelEx) args -> {
            arity(args, 4, "items(workspace, orderBy, offset, limit)");
            String workspace = text(args, 0);
            int offset = number(args, 2, "offset");
            int limit = limit(args, 3);
            Session session = session(request, workspace);
            SortOrder order = new SortOrder(text(args, 1), request.language(), false);
            IndexPage page = index.items(workspace, ItemSearch.all(), order, offset, limit);
            List<ContentMap> results = new ArrayList<>();
            for (Node item : nodes(session, page)) {
                results.add(new ContentMap(item, request.language(), wrapper));
            }
            return answer(wrapper, results, page.total(), offset, limit);
        });
        return fn;
    }

    private static TemplateModel answer(ObjectWrapper wrapper, List<?> results, long total, int offset, int limit)
            throws TemplateModelException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("results", results);
        out.put("total", total);
        out.put("offset", offset);
        out.put("limit", limit);
        return wrapper.wrap(out);
    }

    /** The nodes of one page, read by path; one the index knows but the session no longer sees is gone meanwhile. */
    private static List<Node> nodes(Session session, IndexPage page) throws TemplateModelException {
        List<Node> out = new ArrayList<>(page.paths().size());
        try {
            for (String path : page.paths()) {
                String stored = StoredPaths.of(session).stored(path);
                if (session.nodeExists(stored)) {
                    out.add(session.getNode(stored));
                }
            }
            return out;
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read the results in " + session.getWorkspace().getName(), e);
        }
    }

    /** The item an entry belongs to: the first ancestor that is not a submodel node ({@code /iula/relationships/1} → {@code /iula}). */
    private static Node holder(Node entry) throws TemplateModelException {
        try {
            Node n = entry;
            StoredPaths layout = StoredPaths.of(entry);
            while (layout.clientDepth(n) > 1 && n.isNodeType(MgnlNames.CONTENT_NODE)) {
                n = n.getParent();
            }
            return n;
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read the item holding an entry", e);
        }
    }

    private static Session session(RenderRequest request, String workspace) throws TemplateModelException {
        try {
            return request.session(workspace);
        } catch (RepositoryException | IllegalArgumentException e) {
            throw new TemplateModelException("relationsfn cannot read workspace '" + workspace + "': " + e.getMessage(), e);
        }
    }

    private static void arity(List<?> args, int n, String signature) throws TemplateModelException {
        if (args.size() != n) {
            throw new TemplateModelException("relationsfn." + signature + " takes " + n + " arguments, not " + args.size());
        }
    }

    private static String text(List<?> args, int i) throws TemplateModelException {
        if (args.get(i) instanceof TemplateScalarModel s && !s.getAsString().isEmpty()) {
            return s.getAsString();
        }
        throw new TemplateModelException("relationsfn: argument " + (i + 1) + " must be a non-empty text");
    }

    private static int number(List<?> args, int i, String what) throws TemplateModelException {
        if (args.get(i) instanceof TemplateNumberModel n) {
            long v = n.getAsNumber().longValue();
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        throw new TemplateModelException("relationsfn: " + what + " (argument " + (i + 1) + ") must be a whole number from 0");
    }

    private static int limit(List<?> args, int i) throws TemplateModelException {
        int limit = number(args, i, "limit");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new TemplateModelException("relationsfn: limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }
}
