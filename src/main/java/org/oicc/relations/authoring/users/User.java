package org.oicc.relations.authoring.users;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author-instance user: a name, a password hash (never the password), roles, whether it may log
 * in, when it last did (null: never), and the language of its authoring UI (null: not chosen).
 */
public record User(String name, String passwordHash, Set<Role> roles, boolean enabled, Instant lastLogin, String language) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public User {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': lower-case letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit");
        }
        // an EnumSet keeps the roles in declaration order wherever they are listed
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** A user that never chose a language. */
    public User(String name, String passwordHash, Set<Role> roles, boolean enabled, Instant lastLogin) {
        this(name, passwordHash, roles, enabled, lastLogin, null);
    }

    /** An enabled user that never logged in. */
    public User(String name, String passwordHash, Set<Role> roles) {
        this(name, passwordHash, roles, true, null, null);
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An admin that can log in: what the last-admin rule counts. */
    public boolean isActiveAdmin() {
        return enabled && has(Role.ADMIN);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(name, passwordHash, newRoles, enabled, lastLogin, language);
    }

    public User withPasswordHash(String hash) {
        return new User(name, hash, roles, enabled, lastLogin, language);
    }

    public User withEnabled(boolean on) {
        return new User(name, passwordHash, roles, on, lastLogin, language);
    }

    public User withLastLogin(Instant at) {
        return new User(name, passwordHash, roles, enabled, at, language);
    }

    public User withLanguage(String lang) {
        return new User(name, passwordHash, roles, enabled, lastLogin, lang);
    }
}
