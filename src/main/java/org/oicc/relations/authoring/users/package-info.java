/**
 * The author instance's users and their roles, kept in {@code <data>/users.json} (never in the
 * content repository, so credentials do not travel with publication): slow salted password hashes
 * ({@link org.oicc.relations.authoring.users.PasswordHasher}), credential checks that cost the same
 * for unknown names ({@link org.oicc.relations.authoring.users.CredentialCheck}), back-off after
 * failed logins, and the first admin.
 *
 * <p>Uses: the JDK and Jackson only; it knows no HTTP and no JCR.
 */
package org.oicc.relations.authoring.users;
