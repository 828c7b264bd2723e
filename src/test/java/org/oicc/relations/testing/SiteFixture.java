package org.oicc.relations.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A {@link TestSite} of the shape a test asks for, started on a temp folder of its own and closed
 * (the folder deleted) after it. Register it with {@code @RegisterExtension}: on a static field the
 * class shares one site, on an instance field each test gets a fresh one ({@link ClassOrTestFixture}).
 */
public final class SiteFixture extends ClassOrTestFixture {

    private final UnaryOperator<TestSiteBuilder> shape;

    /** The folder the site was started on. */
    public Path data;
    public TestSite site;

    private SiteFixture(UnaryOperator<TestSiteBuilder> shape) {
        this.shape = shape;
    }

    /** A site as {@code shape} builds it from {@link TestSite#builder()}. */
    public static SiteFixture of(UnaryOperator<TestSiteBuilder> shape) {
        return new SiteFixture(shape);
    }

    /** Public, so that a fixture built on this one ({@code authoring.ui.LoggedInSite}) can start and stop it. */
    @Override
    public void start() throws Exception {
        data = Files.createTempDirectory("site-fixture");
        site = shape.apply(TestSite.builder()).start(data);
    }

    @Override
    public void stop() {
        try {
            if (site != null) {
                site.close();
            }
        } finally {
            site = null;
            if (data != null) {
                TestFolders.deleteTree(data);
                data = null;
            }
        }
    }
}
