package org.oicc.relations.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.oicc.relations.caching.WorkspaceChanges;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemLocks;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.index.ContentIndex;
import org.oicc.relations.repository.DraftSessions;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way tests start the module: its light module, real repositories with the seed in a temp
 * folder and, when asked, a real Jetty on a free port with the parts the test needs, built from the
 * packages' own servlets (this package never uses {@code server}; the server's own wiring is tested
 * in the server package).
 *
 * <pre>{@code
 * TestSite site = TestSite.builder().authorAndPublic().authorUi().start(tempDir);
 * }</pre>
 *
 * The seed is imported once per test JVM and copied for each site ({@link SeedTemplates}), so a
 * site per test costs a fraction of a second and tests that write can each have a fresh one.
 */
public final class TestSite implements AutoCloseable {

    /** The password of the users editor, publisher and admin (every role). */
    public static final String PASSWORD = "a good long password";
    public static final String MODULE = "oicc-relations";

    public final LightModule module;
    public final ModuleSource source;
    /** The author repository; the one repository of a single-repository site. */
    public final StandaloneRepository author;
    /** The public repository; the same as {@link #author} on a single-repository site. */
    public final StandaloneRepository published;
    public final StandaloneSessionProvider sessions;
    /** The content service over {@link #sessions}, as editors write (its logins are counted). */
    public final ContentService content;
    /** Every login the content service and the Nodes API made: how many sessions a request costs. */
    public final AtomicInteger logins = new AtomicInteger();
    /** The author repository's one lock, shared by every writer as serve shares it. */
    public final ItemLocks locks = new ItemLocks();
    private final SessionProvider counted;
    /** What the public site reads through: {@link #sessions}, or the builder's wrapper around them. */
    public final SessionProvider served;
    public static final ObjectMapper JSON = new ObjectMapper();
    public final ObjectMapper json = JSON;

    private final Path data;
    private Server server;
    private WorkspaceChanges changes;
    /** The public delivery's kept node snapshots (set when the site is mounted), for tests of what it keeps. */
    public volatile org.oicc.relations.delivery.node.NodeSnapshots snapshots;
    private int port = -1;
    private ContentIndex publishedIndex;
    private ContentIndex draftsIndex;
    private org.oicc.relations.delivery.node.DiskCopies copies;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static TestSiteBuilder builder() {
        return new TestSiteBuilder();
    }

    TestSite(TestSiteBuilder b, Path data) throws Exception {
        this.data = data;
        this.source = b.source != null ? b.source : ModuleSource.classpath(MODULE);
        this.module = new LightModuleLoader().load(source);
        RepositorySetup setup = ModuleRepositorySetup.of(module);
        StandaloneRepository first = null;
        try {
            if (b.twoRepositories) {
                first = open(setup, data.resolve(SeedTemplates.AUTHOR), SeedTemplates.AUTHOR, b.seedPublished, b.existingData);
                this.author = first;
                this.published = open(setup, data.resolve(SeedTemplates.PUBLIC), SeedTemplates.PUBLIC, b.seedPublished, b.existingData);
            } else {
                first = open(setup, data.resolve(SeedTemplates.PUBLIC), SeedTemplates.PUBLIC, false, b.existingData);
                this.author = first;
                this.published = first;
            }
        } catch (Exception e) {
            if (first != null) {
                first.close();
            }
            throw e;
        }
        this.sessions = new StandaloneSessionProvider(author, published);
        this.counted = (side, workspace) -> {
            logins.incrementAndGet();
            return sessions.login(side, workspace);
        };
        this.content = new ContentService(module, counted, locks);
        this.served = b.served.apply(sessions);
        try {
            if (b.delivery != null || b.nodesApi || b.authorUi || b.receiverSecret != null) {
                serve(b);
            }
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * Fills {@code data} as a combined instance leaves its data folder after the first start: author
     * and public repositories with the seed, the seed counting as published. For tests of commands
     * and of the server that open a data folder themselves and are not about the first import.
     */
    public static Path seededDataFolder(Path data) {
        if (TestStorage.postgres()) {
            throw new IllegalStateException("a data folder for the server's own start is on the embedded storage: run this test on it");
        }
        Path template = SeedTemplates.combined(TestRepository.moduleSetup());
        SeedTemplates.copy(template.resolve(SeedTemplates.AUTHOR), data.resolve(SeedTemplates.AUTHOR));
        SeedTemplates.copy(template.resolve(SeedTemplates.PUBLIC), data.resolve(SeedTemplates.PUBLIC));
        return data;
    }

    /** A copy of the seed template when the module needs the same repository as the packaged one, else a first start. */
    private static StandaloneRepository open(RepositorySetup setup, Path folder, String side, boolean seedPublished,
                                             boolean existing) throws Exception {
        if (!existing && setup.equals(TestRepository.moduleSetup())) {
            Path template = seedPublished ? SeedTemplates.combined(setup) : SeedTemplates.plain(setup);
            SeedTemplates.copy(template.resolve(side), folder);
        }
        return StandaloneRepository.start(folder, setup, TestStorage.of(folder));
    }

    private void serve(TestSiteBuilder b) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        changes = TestServlets.mount(this, b, context, counted, data);
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
    }

    /**
     * The published side's index, as {@code server.Site} builds it: over {@link #served}, read on
     * first use (or when the site starts serving), following every later write until {@link #close}.
     */
    public synchronized ContentIndex index() {
        if (publishedIndex == null) {
            publishedIndex = startIndex(served, copies());
        }
        return publishedIndex;
    }

    /**
     * The published side's on-disk copies of its indexed items, as {@code server.Site} keeps them (in
     * a temporary folder), written by {@link #index()} and read by the delivery before the repository.
     */
    public synchronized org.oicc.relations.delivery.node.DiskCopies copies() {
        if (copies == null) {
            copies = org.oicc.relations.delivery.node.DiskCopies.temporary(module);
        }
        return copies;
    }

    /** The drafts' index (the author repository), as the preview and the authoring UI read it. */
    public synchronized ContentIndex draftsIndex() {
        if (draftsIndex == null) {
            draftsIndex = startIndex(new DraftSessions(sessions), org.oicc.relations.index.ItemCopies.NONE);
        }
        return draftsIndex;
    }

    private ContentIndex startIndex(SessionProvider over, org.oicc.relations.index.ItemCopies itemCopies) {
        ContentIndex index = new ContentIndex(module, org.oicc.relations.content.ContentLocales.of(module), itemCopies);
        try {
            index.start(over);
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException("the index did not start: " + e.getMessage(), e);
        }
        return index;
    }

    /**
     * The published side's change tracker, as {@code server.Site} wires it (the index moves it again
     * once it has applied a change); null without the public site. Closed by {@link #close}.
     */
    public WorkspaceChanges changes() {
        return changes;
    }

    /** The port Jetty listens on. */
    public int port() {
        if (port < 0) {
            throw new IllegalStateException("this site has no HTTP server: ask the builder for site(), nodesApi() or authorUi()");
        }
        return port;
    }

    /** {@code http://127.0.0.1:<port>} */
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code base() + path}, for a browser. */
    public String url(String path) {
        return base() + path;
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base() + pathAndQuery);
    }

    /** GET; {@code headers} alternate names and values. */
    public HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request without a body, e.g. HEAD or DELETE. */
    public HttpResponse<String> send(String method, String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request as {@code user} (Basic auth with {@link #PASSWORD}; null: anonymous) with an optional JSON body. */
    public HttpResponse<String> send(String method, String path, String user, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> send(String method, String path, String user, String body) throws IOException, InterruptedException {
        return send(method, path, user, body, Map.of());
    }

    /** GET that must answer 200, parsed as JSON. */
    public JsonNode json(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery, headers);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** GET that must answer 200 with HTML, parsed. */
    public Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ":\n" + response.body());
        }
        return Jsoup.parse(response.body(), base() + path);
    }

    private synchronized void closeIndexes() {
        if (publishedIndex != null) {
            publishedIndex.close();
        }
        if (draftsIndex != null) {
            draftsIndex.close();
        }
        if (copies != null) {
            copies.close();
        }
    }

    /** Jetty first, then the change tracker and the indexes, then the repositories. */
    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop cleanly", e);
        } finally {
            try {
                if (changes != null) {
                    changes.close();
                }
                closeIndexes();
            } finally {
                if (published != null) {
                    published.close();
                }
                if (author != null) {
                    author.close();
                }
                TestStorage.release(data.resolve(SeedTemplates.AUTHOR));
                TestStorage.release(data.resolve(SeedTemplates.PUBLIC));
            }
        }
    }
}
