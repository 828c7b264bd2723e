package org.oicc.relations.authoring.users;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** An author-instance user: a name, a password hash (never the password) and roles. */
public record User(String name, String passwordHash, Set<Role> roles) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public User {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid user name '" + name
                    + "': lower-case letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit");
        }
        // an EnumSet keeps the roles in declaration order wherever they are listed
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
