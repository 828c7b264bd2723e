/**
 * The author instance's users and their roles, kept in {@code <data>/users.json} (never in the
 * content repository, so credentials do not travel with publication): slow salted password hashes
 * ({@link org.oicc.relations.authoring.users.PasswordHasher}), credential checks that cost the same
 * for unknown names ({@link org.oicc.relations.authoring.users.CredentialCheck}), the login throttle
 * ({@link org.oicc.relations.authoring.users.LoginGuard}: per client address and per (address, name),
 * never per name alone, counted before any hash is computed, decaying), and the first admin. Failed
 * logins and the locks they start are logged with name and address, never the password.
 *
 * <p>Uses: the JDK and Jackson only; it knows no HTTP and no JCR.
 */
package org.oicc.relations.authoring.users;
