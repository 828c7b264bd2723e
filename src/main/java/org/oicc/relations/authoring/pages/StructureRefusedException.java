package org.oicc.relations.authoring.pages;

import java.util.List;

/**
 * A change to a page's components refused before anything was written: the reason names what was
 * wrong, for the UI to say in the editor's language.
 *
 * @see Reason
 */
public final class StructureRefusedException extends Exception {

    /** Why; each has a message {@code pages.structure.<name>} in the UI bundles. */
    public enum Reason {
        /** the page template defines no such area */
        UNKNOWN_AREA,
        /** no component of that path in the area */
        UNKNOWN_COMPONENT,
        /** the area's {@code availableComponents} do not list the template */
        NOT_ALLOWED,
        /** the area holds its {@code maxComponents} already */
        FULL,
        /** a move past the first or the last place */
        CANNOT_MOVE
    }

    private final Reason reason;
    private final transient List<Object> args;

    public StructureRefusedException(Reason reason, Object... args) {
        super(reason.name().toLowerCase(java.util.Locale.ROOT) + " " + List.of(args));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public List<Object> args() {
        return args;
    }

    /** The bundle key's last part: {@code unknownArea}, {@code notAllowed}, ... */
    public String key() {
        String[] words = reason.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }
}
