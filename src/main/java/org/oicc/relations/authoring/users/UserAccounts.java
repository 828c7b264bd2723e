package org.oicc.relations.authoring.users;

import org.oicc.relations.authoring.users.UserChangeException.Kind;

import java.util.Map;
import java.util.Set;

/**
 * The changes an admin (on the screen or the command line) and every user (their own password) make
 * to the users, each checked and written in one step of the {@link UserStore}. Whatever the change,
 * at least one enabled admin stays, if there was one: an admin cannot disable or demote the last
 * admin, themselves included, and so lock everybody out of the users screen.
 */
public final class UserAccounts {

    private final UserStore store;
    private final PasswordHasher hasher;

    public UserAccounts(UserStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public UserStore store() {
        return store;
    }

    public User add(String name, Set<Role> roles, char[] password) {
        if (!User.isValidName(name)) {
            throw new UserChangeException(Kind.INVALID_NAME, "invalid user name '" + CredentialCheck.printable(name == null ? "" : name)
                    + "': lower-case letters, digits, '.', '_' and '-', at most 64, starting with a letter or digit").because("invalidName");
        }
        if (roles.isEmpty()) {
            throw new UserChangeException(Kind.INVALID_ROLES, "a user needs at least one role (" + Roles.known() + ")").because("noRole");
        }
        PasswordPolicy.check(name, password);
        String hash = hasher.hash(password); // before the lock: hashing takes a good fraction of a second
        return store.update(all -> {
            if (all.containsKey(name)) {
                throw new UserChangeException(Kind.USER_EXISTS, "user '" + name + "' exists already").because("userExists", name);
            }
            User user = new User(name, hash, roles);
            all.put(name, user);
            return user;
        });
    }

    public User setRoles(String name, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new UserChangeException(Kind.INVALID_ROLES, "a user needs at least one role (" + Roles.known()
                    + "); to stop a user, disable it").because("noRole");
        }
        return change(name, u -> u.withRoles(roles), "remove the admin role from");
    }

    /** An admin sets someone's password; that user's sessions end (their password no longer matches). */
    public User resetPassword(String name, char[] password) {
        PasswordPolicy.check(name, password);
        String hash = hasher.hash(password);
        return change(name, u -> u.withPasswordHash(hash), null);
    }

    /** A user changes their own password, proving the current one. */
    public User changeOwnPassword(String name, char[] current, char[] password) {
        User user = existing(store.find(name).orElse(null), name);
        if (!hasher.matches(current, user.passwordHash())) {
            throw new UserChangeException(Kind.WRONG_PASSWORD, "the current password is wrong; nothing was changed").because("wrongPassword");
        }
        PasswordPolicy.check(name, password);
        String hash = hasher.hash(password);
        return change(name, u -> {
            if (!u.passwordHash().equals(user.passwordHash())) {
                throw new UserChangeException(Kind.WRONG_PASSWORD, "the password was changed meanwhile; nothing was changed").because("changedMeanwhile");
            }
            return u.withPasswordHash(hash);
        }, null);
    }

    /** The language of the user's authoring UI, kept with the user so it follows them to any browser. */
    public User setLanguage(String name, String language) {
        return change(name, u -> u.withLanguage(language), null);
    }

    /** A disabled user cannot log in, and its sessions end at their next request. */
    public User setEnabled(String name, boolean enabled) {
        return change(name, u -> u.withEnabled(enabled), "disable");
    }

    /**
     * Several changes to one user in one write, each optional (null: unchanged): all of them or, if
     * one is refused, none.
     */
    public User edit(String name, Set<Role> roles, Boolean enabled, char[] password) {
        if (roles != null && roles.isEmpty()) {
            throw new UserChangeException(Kind.INVALID_ROLES, "a user needs at least one role (" + Roles.known()
                    + "); to stop a user, disable it").because("noRole");
        }
        String hash = null;
        if (password != null) {
            PasswordPolicy.check(name, password);
            hash = hasher.hash(password);
        }
        String newHash = hash;
        return change(name, u -> {
            User out = roles == null ? u : u.withRoles(roles);
            out = enabled == null ? out : out.withEnabled(enabled);
            return newHash == null ? out : out.withPasswordHash(newHash);
        }, enabled != null && !enabled ? "disable" : "remove the admin role from");
    }

    private interface Edit {
        User apply(User user);
    }

    /** @param demotion what the refusal says when the change leaves no enabled admin */
    private User change(String name, Edit edit, String demotion) {
        return store.update(all -> {
            User before = existing(all.get(name), name);
            User after = edit.apply(before);
            all.put(name, after);
            if (before.isActiveAdmin() && !after.isActiveAdmin() && noActiveAdmin(all)) {
                throw new UserChangeException(Kind.LAST_ADMIN, "refused: '" + name + "' is the last enabled admin; cannot "
                        + demotion + " it (make another user admin first)").because("disable".equals(demotion) ? "lastAdminDisable" : "lastAdminDemote", name);
            }
            return after;
        });
    }

    private static boolean noActiveAdmin(Map<String, User> all) {
        return all.values().stream().noneMatch(User::isActiveAdmin);
    }

    private static User existing(User user, String name) {
        if (user == null) {
            throw new UserChangeException(Kind.UNKNOWN_USER, "no user '" + CredentialCheck.printable(name == null ? "" : name) + "'")
                    .because("unknownUser", CredentialCheck.printable(name == null ? "" : name));
        }
        return user;
    }
}
