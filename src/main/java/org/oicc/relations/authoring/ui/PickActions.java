package org.oicc.relations.authoring.ui;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons of a reference picker without the script, as form actions like the row buttons:
 * {@code find:<slot>} searches with the text of {@code _q:<slot>} and shows the first matches,
 * {@code choose:<slot>:<id>} takes one, {@code clear:<slot>} empties the field. A slot is a
 * reference value: its parameter name and row ({@code p.parent:0}, {@code p.relationships.1.aims:2}).
 * Every button re-renders the form with all the editor's input; only Save writes.
 */
final class PickActions {

    private static final Pattern ACTION = Pattern.compile(
            "(find|clear|choose):(p\\.[A-Za-z0-9_.-]{1,200}):(\\d{1,4})(?::([0-9a-f-]{36}))?");

    private PickActions() {
    }

    static boolean handles(String action) {
        return action.startsWith("find:") || action.startsWith("clear:") || action.startsWith("choose:");
    }

    static String queryName(String slot) {
        return "_q:" + slot;
    }

    static String find(String slot) {
        return "find:" + slot;
    }

    static String clear(String slot) {
        return "clear:" + slot;
    }

    static String choose(String slot, String id) {
        return "choose:" + slot + ":" + id;
    }

    /**
     * Applies a picker button to the state.
     *
     * @return the search to show (slot → text), empty unless the button was a search
     * @throws UiError 400 for a tampered action or a search text over {@link ReferencePicker#MAX_TEXT}
     */
    static Map<String, String> apply(String action, FormState state, Function<String, String> param) {
        Matcher m = ACTION.matcher(action);
        if (!m.matches() || "choose".equals(m.group(1)) != (m.group(4) != null)) {
            throw UiError.badRequest("error.unknownAction");
        }
        String slot = m.group(2) + ":" + m.group(3);
        int index = Integer.parseInt(m.group(3));
        switch (m.group(1)) {
            case "choose" -> state.setReference(m.group(2), index, m.group(4));
            case "clear" -> state.setReference(m.group(2), index, "");
            default -> {
                String text = param.apply(queryName(slot));
                text = text == null ? "" : text.strip();
                if (text.length() > ReferencePicker.MAX_TEXT) {
                    throw UiError.badRequest("error.searchTooLong", ReferencePicker.MAX_TEXT);
                }
                state.checkReference(m.group(2), index);
                return Map.of(slot, text);
            }
        }
        return Map.of();
    }
}
