package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.ClassOrTestFixture;
import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.TestSite;
import org.oicc.relations.testing.TestSiteBuilder;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The world of a test of the authoring screens over HTTP: a {@link TestSite} with the authoring UI,
 * started on a temp folder of its own, and a {@link UiClient} already logged in as one user. Register
 * it with {@code @RegisterExtension}: on an instance field each test gets a fresh site (started before
 * the class's own {@code @BeforeEach} methods, so those may use it); on a static field the class
 * shares one. Like {@code testing.AuthoringBrowser}, it is the one place this set-up is written.
 */
final class LoggedInSite extends ClassOrTestFixture {

    private final SiteFixture fixture;
    private final String user;

    /** The folder the site was started on (its users file, its repositories). */
    Path data;
    TestSite site;
    /** Logged in as the user named at registration. */
    UiClient client;

    private LoggedInSite(UnaryOperator<TestSiteBuilder> siteShape, String user) {
        this.fixture = SiteFixture.of(b -> siteShape.apply(b).authorUi());
        this.user = user;
    }

    /** Any instance the builder can make, the authoring UI always added, and a client logged in as {@code user}. */
    static LoggedInSite as(String user, UnaryOperator<TestSiteBuilder> siteShape) {
        return new LoggedInSite(siteShape, user);
    }

    @Override
    protected void start() throws Exception {
        fixture.start();
        data = fixture.data;
        site = fixture.site;
        client = UiClient.loggedIn(site, user);
    }

    @Override
    protected void stop() {
        client = null;
        site = null;
        data = null;
        fixture.stop();
    }
}
