/**
 * Test support: the one way tests start the module. {@link org.oicc.relations.testing.TestSite}
 * (builder: the light module, one or two real Jackrabbit repositories with the seed in a temp
 * folder, and on request a real Jetty on port 0 with the public site, the Nodes API, the authoring
 * UI or the publication receiver) and {@link org.oicc.relations.testing.TestRepository} (one
 * repository: empty, seeded, or the repository package's stand-in set-up).
 *
 * <p>Browser tests get their site, headless Chromium window and login steps from
 * {@link org.oicc.relations.testing.AuthoringBrowser}, a JUnit extension.
 *
 * <p>The seed is imported once per test JVM and copied for each fixture
 * ({@link org.oicc.relations.testing.SeedTemplates}). Uses every package but {@code server}: the
 * server's own wiring is tested in the server package, on top of these fixtures.
 */
package org.oicc.relations.testing;
