package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.pages.PageDraft;
import org.oicc.relations.authoring.pages.PageFields;
import org.oicc.relations.authoring.pages.PageProblem;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DialogDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of a page's form: one fieldset per part (the page, then each component) with the
 * fields of its dialog, every language of a translatable field side by side, the values shown
 * being the editor's input when the form comes back refused, else the stored ones.
 */
final class PageFormView {

    /** A link field offers at most this many items to choose from. */
    static final int MAX_CHOICES = 200;

    private final UiContext ui;
    private final SessionProvider sessions;
    private final ContentLocales locales;

    PageFormView(UiContext ui, SessionProvider sessions, ContentLocales locales) {
        this.ui = ui;
        this.sessions = sessions;
        this.locales = locales;
    }

    /**
     * @param input    the editor's values by form key, when the form is shown again; null for the stored values
     * @param problems messages by form key
     */
    List<Map<String, Object>> parts(PageDraft page, Map<String, String> input, Map<String, PageProblem> problems, UiText t)
            throws RepositoryException {
        Labels labels = t.labels();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PageFields part : page.parts()) {
            if (part.dialog() == null) {
                continue;
            }
            String legend = part.path().isEmpty() ? t.get("pages.pagePart", labels.message(part.dialog().label()))
                    : t.get("pages.componentPart", labels.message(part.dialog().label()), part.path());
            out.add(part(part, input, problems, t, legend));
        }
        return out;
    }

    /** One fieldset: a part's dialog fields (also of a component not stored yet, whose {@code path} is empty). */
    Map<String, Object> part(PageFields part, Map<String, String> input, Map<String, PageProblem> problems, UiText t, String legend)
            throws RepositoryException {
        Labels labels = t.labels();
        Map<String, Object> p = new LinkedHashMap<>();
        String template = ui.module.template(part.template()).map(d -> labels.message(d.title())).orElse(part.template());
        p.put("legend", legend);
        p.put("template", template);
        p.put("id", "part-" + (part.path().isEmpty() ? "page" : part.path().replace('/', '-')));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (DialogDefinition.Field f : part.fields()) {
            fields.add(field(part, f, input, problems, t));
        }
        p.put("fields", fields);
        return p;
    }

    String defaultLocale() {
        return locales.defaultLocale();
    }

    private Map<String, Object> field(PageFields part, DialogDefinition.Field f, Map<String, String> input,
                                      Map<String, PageProblem> problems, UiText t) throws RepositoryException {
        Map<String, Object> m = new LinkedHashMap<>();
        String label = f.label() == null ? f.name() : t.labels().message(f.label());
        m.put("label", label);
        m.put("required", f.required());
        m.put("description", f.description() == null ? "" : t.labels().message(f.description()));
        m.put("control", switch (f.type()) {
            case "richTextField" -> "richtext";
            case "linkField" -> "select";
            case "checkBoxField" -> "checkbox";
            case "textField" -> "text";
            default -> "readonly";
        });
        List<Map<String, Object>> variants = new ArrayList<>();
        List<Map<String, Object>> choices = "linkField".equals(f.type()) ? choices(f.workspace()) : List.of();
        for (String locale : f.i18n() ? locales.locales() : List.of(locales.defaultLocale())) {
            String property = locales.propertyName(f.name(), locale);
            String key = part.key(property);
            String value = input != null && input.containsKey(key) ? input.get(key) : part.values().getOrDefault(property, "");
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", "v." + key);
            v.put("id", "pf-" + key.replace('/', '-'));
            v.put("value", value);
            v.put("lang", locale);
            v.put("dir", ContentLocales.direction(locale));
            v.put("label", f.i18n() ? t.get("form.inLanguage", label, FormView.languageName(t, locale)) : label);
            v.put("missing", f.i18n() && !locale.equals(locales.defaultLocale()) && value.isEmpty()
                    && !part.values().getOrDefault(f.name(), "").isEmpty());
            v.put("error", problems.containsKey(key) ? problem(t, problems.get(key)) : "");
            if (!choices.isEmpty() || "linkField".equals(f.type())) {
                List<Map<String, Object>> own = new ArrayList<>();
                own.add(Map.of("value", "", "label", "—", "selected", value.isEmpty()));
                for (Map<String, Object> c : choices) {
                    Map<String, Object> copy = new LinkedHashMap<>(c);
                    copy.put("selected", c.get("value").equals(value));
                    own.add(copy);
                }
                v.put("choices", own);
            }
            variants.add(v);
        }
        m.put("variants", variants);
        return m;
    }

    /** A refusal in the editor's language: the dialog's own message, else the problem's. */
    static String problem(UiText t, PageProblem p) {
        return p.moduleKey() != null ? t.labels().message(p.moduleKey()) : t.get("pages.problem." + p.name(), p.args().toArray());
    }

    /** The items a link field can point at: of the workspace's content type, by title, at most {@link #MAX_CHOICES}. */
    private List<Map<String, Object>> choices(String workspace) throws RepositoryException {
        ContentTypeDefinition type = ui.module.contentTypeOfWorkspace(workspace).orElse(null);
        if (type == null) {
            return List.of();
        }
        String title = ItemColumns.titleProperty(ui.module, type).name();
        Session session = sessions.login(Side.AUTHOR, workspace);
        try {
            // the node type comes from the checked definition
            Query q = session.getWorkspace().getQueryManager().createQuery("SELECT * FROM [" + type.nodeType() + "] AS n", Query.JCR_SQL2);
            q.setLimit(MAX_CHOICES);
            List<Map<String, Object>> out = new ArrayList<>();
            for (NodeIterator it = q.execute().getNodes(); it.hasNext();) {
                Node n = it.nextNode();
                String label = n.hasProperty(title) && !n.getProperty(title).isMultiple() ? n.getProperty(title).getString() : n.getName();
                out.add(Map.of("value", n.getIdentifier(), "label", label));
            }
            out.sort(java.util.Comparator.comparing(c -> (String) c.get("label")));
            return out;
        } finally {
            session.logout();
        }
    }
}
