package org.oicc.relations.authoring.users;

import java.util.Locale;
import java.util.Optional;

/** What a user may do on the author instance; roles add up (a publisher who edits has both). */
public enum Role {
    /** Create, edit and delete drafts; preview. */
    EDITOR,
    /** Publish and unpublish. */
    PUBLISHER,
    /** Manage users. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
