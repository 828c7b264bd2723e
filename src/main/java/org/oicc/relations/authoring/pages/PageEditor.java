package org.oicc.relations.authoring.pages;

import org.oicc.relations.authoring.publication.PublicationStatus;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.DialogDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Reads and saves the author side's pages through their templates' dialogs. A save is all or
 * nothing: every value is checked ({@link PageFieldCheck}) before the first is written, under the
 * author repository's lock, and a form older than the page's last save is refused.
 */
public final class PageEditor {

    /** Pages listed at most; a site with more says so ({@link Listing#more}). */
    public static final int MAX_PAGES = 200;
    /** How deep components are looked for: page > area > component > area > component. */
    private static final int MAX_DEPTH = 4;
    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}";

    /** The pages, by path, and whether there were more than {@link #MAX_PAGES}. */
    public record Listing(List<PageDraft> pages, boolean more) {
    }

    private final LightModule module;
    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final ContentLocales locales;
    private final java.time.Clock clock;

    public PageEditor(LightModule module, SessionProvider sessions, ItemLocks locks, java.time.Clock clock) {
        this.module = module;
        this.sessions = sessions;
        this.locks = locks;
        this.locales = ContentLocales.of(module);
        this.clock = clock;
    }

    public ContentLocales locales() {
        return locales;
    }

    public Listing list() throws RepositoryException {
        Session session = sessions.login(Side.AUTHOR, LightModule.WEBSITE);
        try {
            Query q = session.getWorkspace().getQueryManager().createQuery(
                    "SELECT * FROM [" + MgnlNames.PAGE + "] AS p", Query.JCR_SQL2);
            q.setLimit(MAX_PAGES + 1);
            List<Node> nodes = new ArrayList<>();
            for (NodeIterator it = q.execute().getNodes(); it.hasNext();) {
                nodes.add(it.nextNode());
            }
            nodes.sort(java.util.Comparator.comparing(PageEditor::pathOf));
            List<PageDraft> out = new ArrayList<>();
            for (Node n : nodes.subList(0, Math.min(MAX_PAGES, nodes.size()))) {
                out.add(draft(n));
            }
            return new Listing(out, nodes.size() > MAX_PAGES);
        } finally {
            session.logout();
        }
    }

    /** @return the page at {@code path} ({@code /relations}), or null when there is none */
    public PageDraft read(String path) throws RepositoryException {
        if (!isPagePath(path)) {
            return null;
        }
        Session session = sessions.login(Side.AUTHOR, LightModule.WEBSITE);
        try {
            if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNames.PAGE)) {
                return null;
            }
            return draft(session.getNode(path));
        } finally {
            session.logout();
        }
    }

    /** A path of URL-safe segments: nothing else can name a page. */
    public static boolean isPagePath(String path) {
        return path != null && path.matches("(/" + SEGMENT + "){1,10}");
    }

    /**
     * Stores the form's values; keys not given are left as they are.
     *
     * @param input    values by form key ({@link PageFields#key}); an unknown key is a problem
     * @param expected the {@link PageDraft#version} the form was opened with
     * @return the page as saved, or null when there is no such page
     */
    public PageDraft save(String path, Map<String, String> input, String user, long expected)
            throws RepositoryException, PageInputException, StalePageException {
        if (!isPagePath(path)) {
            return null;
        }
        Session session = sessions.login(Side.AUTHOR, LightModule.WEBSITE);
        Map<String, Session> others = new HashMap<>();
        try {
            return locks.locked(() -> {
                if (!session.nodeExists(path) || !session.getNode(path).isNodeType(MgnlNames.PAGE)) {
                    return null;
                }
                Node page = session.getNode(path);
                PageDraft before = draft(page);
                if (before.version() != expected) {
                    throw new Stale(new StalePageException(before.lastModifiedBy()));
                }
                Map<String, PageProblem> problems = new LinkedHashMap<>();
                Map<String, String> known = new LinkedHashMap<>();
                Map<String, PageFields> partOf = new HashMap<>();
                for (PageFields part : before.parts()) {
                    Map<String, String> checked = PageFieldCheck.checkPart(part, input, false, locales,
                            ws -> others.computeIfAbsent(ws, w -> login(w)), problems);
                    known.putAll(checked);
                    checked.keySet().forEach(key -> partOf.put(key, part));
                }
                PageFieldCheck.unknownKeys(input, known.keySet(), problems);
                if (!problems.isEmpty()) {
                    throw new Stale(new PageInputException(problems));
                }
                write(page, known, partOf, user);
                return draft(page);
            });
        } catch (Stale s) {
            if (s.getCause() instanceof StalePageException e) {
                throw e;
            }
            throw (PageInputException) s.getCause();
        } finally {
            session.logout();
            others.values().forEach(Session::logout);
        }
    }

    /** Carries a checked refusal out of the lock's step, which may throw repository errors only. */
    private static final class Stale extends RuntimeException {
        Stale(Exception cause) {
            super(cause);
        }
    }

    private Session login(String workspace) {
        try {
            return sessions.login(Side.AUTHOR, workspace);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open workspace " + workspace, e);
        }
    }

    static String normalise(DialogDefinition.Field f, String value) {
        String v = value == null ? "" : value;
        return "richTextField".equals(f.type()) ? v.strip() : v.strip().replace("\r\n", "\n");
    }

    private void write(Node page, Map<String, String> values, Map<String, PageFields> partOf, String user) throws RepositoryException {
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(clock.millis());
        Set<Node> touched = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            PageFields part = partOf.get(e.getKey());
            Node node = part.path().isEmpty() ? page : page.getNode(part.path());
            String property = part.path().isEmpty() ? e.getKey() : e.getKey().substring(part.path().length() + 1);
            String stored = node.hasProperty(property) ? node.getProperty(property).getString() : "";
            if (stored.equals(e.getValue())) {
                continue;
            }
            if (e.getValue().isEmpty()) {
                node.getProperty(property).remove();
            } else if ("checkBoxField".equals(fieldType(part, property))) {
                node.setProperty(property, Boolean.parseBoolean(e.getValue()));
            } else {
                node.setProperty(property, e.getValue());
            }
            touched.add(node);
        }
        if (touched.isEmpty()) {
            return;
        }
        touched.add(page); // the page counts as modified when any of its components is: that is what is published
        for (Node n : touched) {
            if (n.isNodeType("mgnl:lastModified")) {
                n.setProperty(MgnlNames.LAST_MODIFIED, now);
                n.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
            }
        }
        page.getSession().save();
    }

    private String fieldType(PageFields part, String property) {
        for (DialogDefinition.Field f : part.fields()) {
            for (String locale : locales.locales()) {
                if (locales.propertyName(f.name(), locale).equals(property)) {
                    return f.type();
                }
            }
        }
        return "";
    }

    private PageDraft draft(Node page) throws RepositoryException {
        List<PageFields> parts = new ArrayList<>();
        parts.add(fields(page, ""));
        components(page, "", 1, parts);
        Calendar modified = page.hasProperty(MgnlNames.LAST_MODIFIED) ? page.getProperty(MgnlNames.LAST_MODIFIED).getDate() : null;
        String title = page.hasProperty("title") ? page.getProperty("title").getString() : page.getName();
        return new PageDraft(page.getPath(), page.getName(), title, template(page), modified == null ? 0 : modified.getTimeInMillis(),
                modified == null ? null : OffsetDateTime.ofInstant(modified.toInstant(), ZoneOffset.UTC),
                page.hasProperty(MgnlNames.LAST_MODIFIED_BY) ? page.getProperty(MgnlNames.LAST_MODIFIED_BY).getString() : null,
                PublicationStatus.of(page).name().toLowerCase(Locale.ROOT).replace('_', '-'), parts);
    }

    private void components(Node node, String prefix, int depth, List<PageFields> out) throws RepositoryException {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            String path = prefix.isEmpty() ? child.getName() : prefix + "/" + child.getName();
            if (child.isNodeType(MgnlNames.COMPONENT)) {
                out.add(fields(child, path));
                components(child, path, depth + 1, out);
            } else if (child.isNodeType(MgnlNames.AREA)) {
                components(child, path, depth + 1, out);
            }
        }
    }

    private PageFields fields(Node node, String path) throws RepositoryException {
        String template = template(node);
        DialogDefinition dialog = module.template(template).map(TemplateDefinition::dialog).map(module.dialogs()::get).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (dialog != null) {
            for (DialogDefinition.Field f : dialog.fields().values()) {
                for (String locale : f.i18n() ? locales.locales() : List.of(locales.defaultLocale())) {
                    String name = locales.propertyName(f.name(), locale);
                    if (node.hasProperty(name) && !node.getProperty(name).isMultiple()) {
                        values.put(name, node.getProperty(name).getString());
                    }
                }
            }
        }
        return new PageFields(path, template, dialog, values);
    }

    private static String template(Node node) throws RepositoryException {
        return node.hasProperty(MgnlNames.TEMPLATE) ? node.getProperty(MgnlNames.TEMPLATE).getString() : "";
    }

    private static String pathOf(Node n) {
        try {
            return n.getPath();
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
