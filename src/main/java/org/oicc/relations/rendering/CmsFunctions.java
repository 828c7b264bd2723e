package org.oicc.relations.rendering;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.repository.MgnlNames;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Magnolia's {@code cmsfn}, the part the module's templates use: {@code children}, {@code contentById},
 * {@code contentByPath}, {@code link}, {@code language}, {@code localizedLinks}, {@code decode},
 * {@code page}, {@code parent}, {@code isEditMode}. Reads go through the request's public sessions.
 * {@code children} lists every child, as Magnolia's does: it is meant for a page's own areas and an
 * item's few entries; lists that grow with a workspace are paged through {@link RelationsFunctions}.
 */
final class CmsFunctions {

    static final String WEBSITE = "website";
    private static final Pattern PATH = Pattern.compile("/|(/[A-Za-z0-9_:-][A-Za-z0-9_.:-]*)+");
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CmsFunctions() {
    }

    static SimpleHash model(RenderRequest request, ObjectWrapper wrapper) {
        SimpleHash fn = new SimpleHash(wrapper);
        fn.put("children", (TemplateMethodModelEx) args -> children(content(args, 0, "children"),
                optionalString(args, 1), request, wrapper));
        fn.put("contentById", (TemplateMethodModelEx) args -> byId(string(args, 0, "contentById"),
                workspace(args), request, wrapper));
        fn.put("contentByPath", (TemplateMethodModelEx) args -> byPath(string(args, 0, "contentByPath"),
                workspace(args), request, wrapper));
        fn.put("link", (TemplateMethodModelEx) args -> link(content(args, 0, "link"), request));
        fn.put("language", (TemplateMethodModelEx) args -> wrapper.wrap(request.language()));
        fn.put("localizedLinks", (TemplateMethodModelEx) args -> {
            Map<String, String> links = new LinkedHashMap<>();
            request.languages().forEach(l -> links.put(l, request.url(request.pagePath(), l)));
            return wrapper.wrap(links);
        });
        fn.put("decode", (TemplateMethodModelEx) args -> new DecodedContent(content(args, 0, "decode")));
        fn.put("page", (TemplateMethodModelEx) args -> page(content(args, 0, "page")));
        fn.put("parent", (TemplateMethodModelEx) args -> parent(content(args, 0, "parent")));
        // the standalone runtime has no page editor: templates always render for visitors
        fn.put("isEditMode", (TemplateMethodModelEx) args -> TemplateBooleanModel.FALSE);
        return fn;
    }

    private static TemplateModel children(ContentMap content, String nodeType, RenderRequest request, ObjectWrapper wrapper)
            throws TemplateModelException {
        try {
            List<ContentMap> out = new ArrayList<>();
            Node parent = content.node();
            for (Node child : StoredPaths.of(parent).children(parent)) {
                if (child.getName().startsWith("jcr:") || child.getName().startsWith("rep:")) {
                    continue;
                }
                if (nodeType == null || child.isNodeType(nodeType)) {
                    out.add(content.wrap(child));
                }
            }
            return wrapper.wrap(out);
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot list the children of " + content.describe(), e);
        }
    }

    private static TemplateModel byId(String id, String workspace, RenderRequest request, ObjectWrapper wrapper)
            throws TemplateModelException {
        if (id == null || !IDENTIFIER.matcher(id).matches()) {
            return null;
        }
        try {
            Session session = request.session(workspace);
            return new ContentMap(session.getNodeByIdentifier(id), request.language(), wrapper);
        } catch (ItemNotFoundException e) {
            return null;
        } catch (RepositoryException | IllegalArgumentException e) {
            throw new TemplateModelException("cannot read " + id + " in " + workspace, e);
        }
    }

    private static TemplateModel byPath(String path, String workspace, RenderRequest request, ObjectWrapper wrapper)
            throws TemplateModelException {
        if (path == null || !PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
            return null;
        }
        try {
            Session session = request.session(workspace);
            String stored = StoredPaths.of(session).stored(path);
            return session.nodeExists(stored) ? new ContentMap(session.getNode(stored), request.language(), wrapper) : null;
        } catch (RepositoryException | IllegalArgumentException e) {
            throw new TemplateModelException("cannot read " + path + " in " + workspace, e);
        }
    }

    /** Pages link to {@code <ctx>[/<lang>]<path>.html}; content of other workspaces has no page of its own. */
    private static TemplateModel link(ContentMap content, RenderRequest request) throws TemplateModelException {
        try {
            Node node = content.node();
            if (!WEBSITE.equals(node.getSession().getWorkspace().getName()) || node.getDepth() == 0) {
                return null;
            }
            return new freemarker.template.SimpleScalar(request.url(node.getPath(), request.language()));
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot link " + content.describe(), e);
        }
    }

    private static TemplateModel page(ContentMap content) throws TemplateModelException {
        try {
            for (Node n = content.node(); ; n = n.getParent()) {
                if (n.isNodeType(MgnlNames.PAGE)) {
                    return content.wrap(n);
                }
                if (n.getDepth() == 0) {
                    return null;
                }
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot find the page of " + content.describe(), e);
        }
    }

    private static TemplateModel parent(ContentMap content) throws TemplateModelException {
        try {
            Node node = content.node();
            return node.getDepth() == 0 ? null : content.wrap(StoredPaths.of(node).parent(node));
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read the parent of " + content.describe(), e);
        }
    }

    private static String workspace(List<?> args) throws TemplateModelException {
        String ws = optionalString(args, 1);
        return ws == null ? WEBSITE : ws;
    }

    private static ContentMap content(List<?> args, int i, String fn) throws TemplateModelException {
        if (args.size() > i && args.get(i) instanceof ContentMap c) {
            return c;
        }
        if (args.size() > i && args.get(i) instanceof DecodedContent) {
            throw new TemplateModelException("cmsfn." + fn + " needs content, not cmsfn.decode(content)");
        }
        throw new TemplateModelException("cmsfn." + fn + " needs a content node as argument " + (i + 1));
    }

    private static String string(List<?> args, int i, String fn) throws TemplateModelException {
        if (args.size() > i && args.get(i) instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("cmsfn." + fn + " needs a text as argument " + (i + 1));
    }

    private static String optionalString(List<?> args, int i) throws TemplateModelException {
        if (args.size() <= i) {
            return null;
        }
        if (args.get(i) instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("argument " + (i + 1) + " must be a text");
    }
}
