package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.oicc.relations.testing.TestFolders;
import org.oicc.relations.testing.TestSite;
import org.oicc.relations.testing.TestSiteBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The world of a test of the authoring screens over HTTP: a {@link TestSite} with the authoring UI,
 * started on a temp folder of its own, and a {@link UiClient} already logged in as one user. Register
 * it with {@code @RegisterExtension}: on an instance field each test gets a fresh site (started before
 * the class's own {@code @BeforeEach} methods, so those may use it); on a static field the class
 * shares one. Like {@code testing.AuthoringBrowser}, it is the one place this set-up is written.
 */
final class LoggedInSite implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final UnaryOperator<TestSiteBuilder> siteShape;
    private final String user;
    /** Set by beforeAll: JUnit calls a static extension's beforeEach too, which must then leave the shared site alone. */
    private boolean perClass;

    /** The folder the site was started on (its users file, its repositories). */
    Path data;
    TestSite site;
    /** Logged in as the user named at registration. */
    UiClient client;

    private LoggedInSite(UnaryOperator<TestSiteBuilder> siteShape, String user) {
        this.siteShape = siteShape;
        this.user = user;
    }

    /** Any instance the builder can make, the authoring UI always added, and a client logged in as {@code user}. */
    static LoggedInSite as(String user, UnaryOperator<TestSiteBuilder> siteShape) {
        return new LoggedInSite(siteShape, user);
    }

    /** Another client of the same site, logged in as {@code other}. */
    UiClient logIn(String other) throws Exception {
        return UiClient.loggedIn(site, other);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    private void start() throws Exception {
        data = Files.createTempDirectory("logged-in-site");
        site = siteShape.apply(TestSite.builder()).authorUi().start(data);
        client = UiClient.loggedIn(site, user);
    }

    private void stop() throws Exception {
        try {
            if (site != null) {
                site.close();
            }
        } finally {
            site = null;
            client = null;
            if (data != null) {
                TestFolders.deleteTree(data);
                data = null;
            }
        }
    }
}
