package org.oicc.relations.authoring.pages;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.definition.AreaDefinition;
import org.oicc.relations.definition.DialogDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.repository.MgnlNames;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.time.Clock;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The components of a page's areas as Magnolia's page editor changes them: add one of the
 * templates the area's {@code availableComponents} list (while the area holds fewer than its
 * {@code maxComponents}), with its dialog's values; remove one; move one up or down. Stored as
 * Magnolia stores pages: the area an {@code mgnl:area} child of the page (made on the first add),
 * each component an {@code mgnl:component} with {@code mgnl:template}, the JCR order of the area's
 * children being the order on the page. Every change is checked whole, under the author lock and
 * against the version the form was opened with, before anything is written.
 */
public final class PageStructure {

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}";

    /** An area of the page template with the components it holds now, in page order. */
    public record Area(String name, String title, int max, List<String> allowed, List<PageFields> components) {

        public Area {
            allowed = List.copyOf(allowed);
            components = List.copyOf(components);
        }

        public boolean full() {
            return components.size() >= max;
        }
    }

    private final LightModule module;
    private final SessionProvider sessions;
    private final ItemLocks locks;
    private final ContentLocales locales;
    private final Clock clock;

    public PageStructure(LightModule module, SessionProvider sessions, ItemLocks locks, Clock clock) {
        this.module = module;
        this.sessions = sessions;
        this.locks = locks;
        this.locales = ContentLocales.of(module);
        this.clock = clock;
    }

    /** The page template's areas, each with its components (read from {@code page}'s parts). */
    public List<Area> areas(PageDraft page) {
        TemplateDefinition def = module.template(page.template()).orElse(null);
        List<Area> out = new ArrayList<>();
        if (def == null) {
            return out;
        }
        for (AreaDefinition a : def.areas().values()) {
            List<PageFields> in = page.parts().stream().filter(p -> p.path().startsWith(a.name() + "/")
                    && p.path().indexOf('/', a.name().length() + 1) < 0).toList();
            out.add(new Area(a.name(), a.title(), a.maxComponents(), a.availableComponents(), in));
        }
        return out;
    }

    /** A component not stored yet: its template's dialog with the fields' {@code defaultValue}s. */
    public PageFields blank(String templateId) {
        DialogDefinition dialog = module.template(templateId).map(TemplateDefinition::dialog).map(module.dialogs()::get).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (dialog != null) {
            for (DialogDefinition.Field f : dialog.fields().values()) {
                if (f.defaultValue() != null) {
                    values.put(f.name(), f.defaultValue());
                }
            }
        }
        return new PageFields("", templateId, dialog, values);
    }

    /**
     * Adds a component at the end of the area.
     *
     * @param input the new component's values by property name ({@code title}, {@code title_ar})
     * @return the new component's path below the page ({@code main/06})
     */
    public String add(String pagePath, String area, String templateId, Map<String, String> input, String user, long expected)
            throws RepositoryException, PageInputException, StalePageException, StructureRefusedException {
        return change(pagePath, expected, page -> {
            AreaDefinition def = area(page, area);
            if (!def.allows(templateId)) {
                throw new StructureRefusedException(StructureRefusedException.Reason.NOT_ALLOWED, templateId, area);
            }
            Node areaNode = page.hasNode(area) ? page.getNode(area) : null;
            if (areaNode != null && AreaNodes.components(areaNode).size() >= def.maxComponents()) {
                throw new StructureRefusedException(StructureRefusedException.Reason.FULL, area, def.maxComponents());
            }
            Map<String, String> values = checked(blank(templateId), input, page.getSession());
            if (areaNode == null) {
                areaNode = page.addNode(area, MgnlNames.AREA);
                stamp(areaNode, user, true);
            }
            Node component = areaNode.addNode(AreaNodes.freeName(areaNode), MgnlNames.COMPONENT);
            component.setProperty(MgnlNames.TEMPLATE, templateId);
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    component.setProperty(e.getKey(), e.getValue());
                }
            }
            stamp(component, user, true);
            return area + "/" + component.getName();
        }, user);
    }

    /** Removes a component of one of the page's areas. */
    public void remove(String pagePath, String componentPath, String user, long expected)
            throws RepositoryException, PageInputException, StalePageException, StructureRefusedException {
        change(pagePath, expected, page -> {
            component(page, componentPath).remove();
            return null;
        }, user);
    }

    /** Moves a component one place up or down in its area. */
    public void move(String pagePath, String componentPath, boolean up, String user, long expected)
            throws RepositoryException, PageInputException, StalePageException, StructureRefusedException {
        change(pagePath, expected, page -> {
            Node c = component(page, componentPath);
            List<Node> all = AreaNodes.components(c.getParent());
            int at = AreaNodes.indexOf(all, c);
            int to = up ? at - 1 : at + 1;
            if (to < 0 || to >= all.size()) {
                throw new StructureRefusedException(StructureRefusedException.Reason.CANNOT_MOVE, componentPath);
            }
            Node parent = c.getParent();
            if (up) {
                parent.orderBefore(c.getName(), all.get(to).getName());
            } else {
                parent.orderBefore(all.get(to).getName(), c.getName());
            }
            return null;
        }, user);
    }

    /** One change under the lock: the page must exist and be as the form saw it; saved after the step, with the page stamped. */
    private <T> T change(String pagePath, long expected, Step<T> step, String user)
            throws RepositoryException, PageInputException, StalePageException, StructureRefusedException {
        if (!PageEditor.isPagePath(pagePath)) {
            throw new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_COMPONENT, pagePath);
        }
        Session session = sessions.login(Side.AUTHOR, LightModule.WEBSITE);
        try {
            return locks.locked(() -> {
                if (!session.nodeExists(pagePath) || !session.getNode(pagePath).isNodeType(MgnlNames.PAGE)) {
                    throw new Refusal(new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_COMPONENT, pagePath));
                }
                Node page = session.getNode(pagePath);
                long version = page.hasProperty(MgnlNames.LAST_MODIFIED) ? page.getProperty(MgnlNames.LAST_MODIFIED).getDate().getTimeInMillis() : 0;
                if (version != expected) {
                    throw new Refusal(new StalePageException(page.hasProperty(MgnlNames.LAST_MODIFIED_BY)
                            ? page.getProperty(MgnlNames.LAST_MODIFIED_BY).getString() : null));
                }
                T result;
                try {
                    result = step.apply(page);
                } catch (StructureRefusedException | PageInputException e) {
                    session.refresh(false);
                    throw new Refusal(e);
                }
                stamp(page, user, false);
                session.save();
                return result;
            });
        } catch (Refusal r) {
            if (r.getCause() instanceof StalePageException e) {
                throw e;
            }
            if (r.getCause() instanceof PageInputException e) {
                throw e;
            }
            throw (StructureRefusedException) r.getCause();
        } finally {
            session.logout();
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T apply(Node page) throws RepositoryException, StructureRefusedException, PageInputException;
    }

    /** Carries a checked refusal out of the lock's step, which may throw repository errors only. */
    private static final class Refusal extends RuntimeException {
        Refusal(Exception cause) {
            super(cause);
        }
    }

    private AreaDefinition area(Node page, String area) throws RepositoryException, StructureRefusedException {
        String template = page.hasProperty(MgnlNames.TEMPLATE) ? page.getProperty(MgnlNames.TEMPLATE).getString() : "";
        return module.template(template).flatMap(t -> t.area(area == null ? "" : area))
                .orElseThrow(() -> new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_AREA, String.valueOf(area)));
    }

    /** {@code main/05}: a component directly in an area the page template defines. */
    private Node component(Node page, String path) throws RepositoryException, StructureRefusedException {
        String p = path == null ? "" : path;
        if (p.matches(NAME + "/" + NAME)) {
            String area = p.substring(0, p.indexOf('/'));
            area(page, area);
            if (page.hasNode(p) && page.getNode(p).isNodeType(MgnlNames.COMPONENT) && page.getNode(area).isNodeType(MgnlNames.AREA)) {
                return page.getNode(p);
            }
        }
        throw new StructureRefusedException(StructureRefusedException.Reason.UNKNOWN_COMPONENT, p);
    }

    /** The new component's values, every field of its dialog checked; unknown keys are problems. */
    private Map<String, String> checked(PageFields blank, Map<String, String> input, Session session)
            throws RepositoryException, PageInputException {
        Map<String, PageProblem> problems = new LinkedHashMap<>();
        Map<String, Session> others = new HashMap<>();
        Map<String, String> values;
        try {
            values = PageFieldCheck.checkPart(blank, input, true, locales, ws -> others.computeIfAbsent(ws, this::login), problems);
        } finally {
            others.values().forEach(Session::logout);
        }
        PageFieldCheck.unknownKeys(input, values.keySet(), problems);
        if (!problems.isEmpty()) {
            throw new PageInputException(problems);
        }
        return values;
    }

    private Session login(String workspace) {
        try {
            return sessions.login(Side.AUTHOR, workspace);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot open workspace " + workspace, e);
        }
    }

    /** Modified now by {@code user} (later than the last stamp, so the page's version always moves on); created too for a new node. */
    private void stamp(Node node, String user, boolean created) throws RepositoryException {
        long before = node.hasProperty(MgnlNames.LAST_MODIFIED) ? node.getProperty(MgnlNames.LAST_MODIFIED).getDate().getTimeInMillis() : 0;
        GregorianCalendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.setTimeInMillis(Math.max(clock.millis(), before + 1));
        if (created && node.isNodeType(MgnlNames.CREATED)) {
            node.setProperty(MgnlNames.CREATED, now);
            node.setProperty(MgnlNames.CREATED_BY, user);
        }
        if (node.isNodeType(MgnlNames.LAST_MODIFIED)) {
            node.setProperty(MgnlNames.LAST_MODIFIED, now);
            node.setProperty(MgnlNames.LAST_MODIFIED_BY, user);
        }
    }
}
