package org.oicc.relations.authoring.users;

import org.oicc.relations.authoring.users.UserChangeException.Kind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles as people type them: {@code editor,publisher}. */
public final class Roles {

    private Roles() {
    }

    /** @throws UserChangeException {@link Kind#INVALID_ROLES} for an unknown role or none */
    public static Set<Role> parse(Collection<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String id : ids) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            roles.add(Role.of(trimmed).orElseThrow(() -> new UserChangeException(Kind.INVALID_ROLES,
                    "unknown role '" + CredentialCheck.printable(trimmed) + "' (roles: " + known() + ")")
                    .because("unknownRole", CredentialCheck.printable(trimmed))));
        }
        if (roles.isEmpty()) {
            throw new UserChangeException(Kind.INVALID_ROLES, "a user needs at least one role (" + known()
                    + "); to stop a user, disable it").because("noRole");
        }
        return roles;
    }

    public static Set<Role> parse(String commaSeparated) {
        return parse(java.util.List.of(commaSeparated.split(",", -1)));
    }

    public static String ids(Set<Role> roles) {
        return roles.stream().map(Role::id).collect(Collectors.joining(","));
    }

    static String known() {
        return ids(EnumSet.allOf(Role.class)).replace(",", ", ");
    }
}
