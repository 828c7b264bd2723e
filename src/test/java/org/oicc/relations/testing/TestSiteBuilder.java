package org.oicc.relations.testing;

import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.repository.SessionProvider;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What a {@link TestSite} holds; everything is optional but the seed. */
public final class TestSiteBuilder {


    ModuleSource source;
    boolean twoRepositories;
    boolean seedPublished;
    boolean existingData;
    UnaryOperator<SessionProvider> served = UnaryOperator.identity();
    DeliverySettings delivery;
    boolean nodesApi;
    boolean authorUi;
    Set<String> receiverWorkspaces;
    byte[] receiverSecret;

    TestSiteBuilder() {
    }

    /** @param folder holds a copy of {@code oicc-relations/} (default: the light module packaged on the classpath) */
    public TestSiteBuilder lightModules(Path folder) {
        this.source = ModuleSource.directory(folder.resolve(TestSite.MODULE));
        return this;
    }

    public TestSiteBuilder source(ModuleSource source) {
        this.source = source;
        return this;
    }

    /** An author and a public repository, both with the seed; drafts are written to the author one. */
    public TestSiteBuilder authorAndPublic() {
        this.twoRepositories = true;
        return this;
    }

    /** Author and public, as a combined instance starts: the seed also counts as published on the author side. */
    public TestSiteBuilder combined() {
        this.twoRepositories = true;
        this.seedPublished = true;
        return this;
    }

    /**
     * Opens the repositories already in the data folder (as a command such as {@code import} left
     * them) instead of copying the seed into it; with {@link #combined()}.
     */
    public TestSiteBuilder existingData() {
        this.existingData = true;
        return this;
    }

    /** The public site (delivery endpoints and pages) on Jetty, with these delivery settings. */
    public TestSiteBuilder site(DeliverySettings settings) {
        this.delivery = settings;
        return this;
    }

    public TestSiteBuilder site() {
        return site(DeliverySettings.DEFAULTS);
    }

    /** Wraps the sessions the public site reads through, e.g. to count logins. */
    public TestSiteBuilder siteReadsThrough(UnaryOperator<SessionProvider> wrapper) {
        this.served = wrapper;
        return this;
    }

    /** The Nodes API and the publication commands, behind Basic auth of the three users. */
    public TestSiteBuilder nodesApi() {
        this.nodesApi = true;
        return this;
    }

    /** The authoring UI at {@code /.author/*}, for the three users. */
    public TestSiteBuilder authorUi() {
        this.authorUi = true;
        return this;
    }

    /**
     * What a public instance adds for a remote author: the publication receiver over the public
     * repository alone, for these workspaces, checking this shared secret.
     */
    public TestSiteBuilder publicationReceiver(Set<String> workspaces, byte[] secret) {
        this.receiverWorkspaces = Set.copyOf(workspaces);
        this.receiverSecret = secret.clone();
        return this;
    }

    /** Starts it all in {@code data} (repositories, users); close the site to stop it. */
    public TestSite start(Path data) {
        try {
            return new TestSite(this, data);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the test site did not start in " + data + ": " + e.getMessage(), e);
        }
    }
}
