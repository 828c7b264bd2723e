package org.oicc.relations.authoring.users;

import org.oicc.relations.authoring.users.UserChangeException.Kind;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters (the length the first admin's
 * password already needed; length is what makes a password hard to guess), at most
 * {@value #MAX_LENGTH} (no request makes the hasher work on megabytes), and not the user's name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = FirstAdmin.MIN_LENGTH;
    public static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /** @throws UserChangeException {@link Kind#WEAK_PASSWORD} with the reason */
    public static void check(String user, char[] password) {
        if (password == null || password.length == 0) {
            throw new UserChangeException(Kind.WEAK_PASSWORD, "the password is empty").because("passwordEmpty");
        }
        int length = String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            throw new UserChangeException(Kind.WEAK_PASSWORD, "the password is too short: at least " + MIN_LENGTH + " characters")
                    .because("passwordShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new UserChangeException(Kind.WEAK_PASSWORD, "the password is too long: at most " + MAX_LENGTH + " characters")
                    .because("passwordLong", MAX_LENGTH);
        }
        if (String.valueOf(password).strip().equalsIgnoreCase(user)) {
            throw new UserChangeException(Kind.WEAK_PASSWORD, "the password must not be the user name").because("passwordIsName");
        }
    }
}
