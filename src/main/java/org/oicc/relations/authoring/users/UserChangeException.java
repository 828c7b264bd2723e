package org.oicc.relations.authoring.users;

/**
 * A change to the users refused before anything was written, with a message for one line of a
 * terminal or one alert of a form. The callers turn {@link #kind()} into an exit code or a status.
 */
public final class UserChangeException extends RuntimeException {

    /** Why a change was refused. */
    public enum Kind {
        /** Not a valid user name. */
        INVALID_NAME,
        /** A role that does not exist, or no role at all. */
        INVALID_ROLES,
        /** Too short, too long, or the user's own name. */
        WEAK_PASSWORD,
        /** The current password given for a change of one's own was wrong. */
        WRONG_PASSWORD,
        /** Too many wrong current passwords from this address: the login throttle's lock. */
        TOO_MANY_ATTEMPTS,
        USER_EXISTS,
        UNKNOWN_USER,
        /** The change would leave no enabled admin. */
        LAST_ADMIN
    }

    private final Kind kind;
    private String reason;
    private transient Object[] args = new Object[0];

    public UserChangeException(Kind kind, String message) {
        super(message);
        this.kind = kind;
        this.reason = kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Names the refusal more precisely than its kind, for a UI that words it in its own language
     * ({@code passwordShort} with the minimum length); the English message stays for the command line.
     */
    public UserChangeException because(String why, Object... arguments) {
        this.reason = why;
        this.args = arguments.clone();
        return this;
    }

    /** {@code passwordShort}, {@code lastAdminDisable} …; the kind in lower case when not named more precisely. */
    public String reason() {
        return reason;
    }

    public Object[] args() {
        return args.clone();
    }
}
