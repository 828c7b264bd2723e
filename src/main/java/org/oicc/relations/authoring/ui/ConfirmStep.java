package org.oicc.relations.authoring.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question before an action that takes something away (unpublish, delete, restore): a POST
 * without {@code _confirm=yes} changes nothing and answers this page, whose form sends the same
 * request again confirmed. It works without script; {@code confirm.js} shows the same page's
 * question in a dialog instead of leaving the form.
 */
final class ConfirmStep {

    static final String FIELD = "_confirm";

    /** What the page asks and says. */
    record Question(String title, String question, String consequence, String confirmLabel) {
    }

    private final UiContext ui;

    ConfirmStep(UiContext ui) {
        this.ui = ui;
    }

    static boolean confirmed(HttpServletRequest req) {
        return "yes".equals(req.getParameter(FIELD));
    }

    /**
     * @param warnings   items named in a warning ({@code label}, {@code href}), e.g. public items that refer to this one
     * @param warningText the sentence above them
     * @param hidden     fields sent again with the confirmation (besides the CSRF token)
     * @param changes    a version's differences, for a restore ({@code field}, {@code then}, {@code now}); may be empty
     */
    void ask(HttpServletResponse resp, UiSession session, Question q, String warningText, List<Map<String, Object>> warnings,
             boolean moreWarnings, String action, Map<String, String> hidden, String cancel, List<Map<String, Object>> changes)
            throws IOException {
        Map<String, Object> m = ui.frame(session, q.title(), null);
        m.put("question", q.question());
        m.put("consequence", q.consequence());
        m.put("confirmLabel", q.confirmLabel());
        m.put("warningText", warningText == null ? "" : warningText);
        m.put("warnings", warnings);
        m.put("moreWarnings", moreWarnings);
        m.put("action", action);
        m.put("hidden", new LinkedHashMap<>(hidden));
        m.put("cancel", cancel);
        m.put("changes", changes);
        ui.pages.render(resp, 200, "confirm.ftlh", m);
    }
}
