package org.oicc.relations.authoring.users;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Map;

/**
 * The first start creates user {@code admin} with every role. Its password comes from
 * {@code RELATIONS_ADMIN_PASSWORD}, or is generated and printed once; there is never a built-in one.
 */
public final class FirstAdmin {

    public static final String ENV = "RELATIONS_ADMIN_PASSWORD";
    static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private FirstAdmin() {
    }

    /**
     * @return true when the admin was created now
     * @throws IllegalArgumentException when the variable holds a password shorter than {@value #MIN_LENGTH}
     */
    public static boolean ensure(UserStore users, PasswordHasher hasher, Map<String, String> env, PrintStream console) {
        if (!users.isEmpty()) {
            return false;
        }
        String given = env.get(ENV);
        String password;
        if (given != null && !given.isEmpty()) {
            if (given.length() < MIN_LENGTH) {
                throw new IllegalArgumentException(ENV + " must hold at least " + MIN_LENGTH + " characters");
            }
            password = given;
        } else {
            password = generate(20);
        }
        users.save(new User("admin", hasher.hash(password.toCharArray()), EnumSet.allOf(Role.class)));
        if (given == null || given.isEmpty()) {
            console.println("Created user 'admin' with password: " + password + "   (shown once; set " + ENV
                    + " before the first start to choose it)");
        } else {
            console.println("Created user 'admin' with the password from " + ENV + ".");
        }
        return true;
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
