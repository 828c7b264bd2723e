package org.oicc.relations.authoring.publication;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.webhooks.Signature;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.content.NoSuchItemException;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport interface carries publication to a public instance behind HTTP, as it will in production. */
class RemotePublicationTest {

    private static final byte[] SECRET = "shared-between-author-and-public".getBytes(StandardCharsets.UTF_8);
    private static final List<String> WORKSPACES = List.of("organizations", "relationship-categories", "agreement-aims");

    @TempDir
    Path data;
    private TestSite site;
    private StandaloneRepository author;
    private StandaloneRepository published;
    private int port;
    private ContentService content;
    private Publisher publisher;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.builder().authorAndPublic().publicationReceiver(Set.copyOf(WORKSPACES), SECRET).start(data);
        LightModule module = site.module;
        author = site.author;
        published = site.published;
        port = site.port();

        // the author process knows only its own repository and the public instance's address
        StandaloneSessionProvider authorSide = StandaloneSessionProvider.singleRepository(author);
        content = new ContentService(module, authorSide);
        publisher = new Publisher(module, authorSide,
                new RemoteTransport(URI.create("http://127.0.0.1:" + port), SECRET, Clock.systemUTC()), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @Test
    void publishAndUnpublishReachTheOtherInstance() throws Exception {
        content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");

        publisher.publish("organizations", "/iula", "publisher");
        ContentService publicContent = new ContentService(new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")),
                StandaloneSessionProvider.singleRepository(published));
        assertThat(publicContent.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("UCLG");

        publisher.unpublish("organizations", "/iula", "publisher");
        assertThatThrownBy(() -> publicContent.read(Side.PUBLIC, "organization", "iula")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void referenceChecksAskThePublicInstance() throws Exception {
        String category = content.create("relationshipCategory", "partnership",
                ItemInput.of(Map.of("title", "Partnerships")), "editor").id();
        content.update("organization", "iula", ItemInput.of(Map.of("relationships",
                List.of(Map.of("category", category)))), "editor");

        assertThatThrownBy(() -> publisher.publish("organizations", "/iula", "publisher"))
                .isInstanceOfSatisfying(PublicationException.class,
                        e -> assertThat(e.items()).containsExactly("relationship-categories:/partnership"));
    }

    @Test
    void aPutStillCarryingTheFormerRecursiveParameterIsAccepted() throws Exception {
        // authors built before the flag was removed sent "&recursive=false" with every put
        content.update("organization", "iula", ItemInput.of(Map.of("acronym", "UCLG")), "editor");
        StringWriter yaml = new StringWriter();
        Session session = author.login("organizations");
        try {
            new BootstrapExporter(ItemTree::isPartOfItem, Set.of("mix:versionable")).write(session.getNode("/iula"), yaml);
        } finally {
            session.logout();
        }
        byte[] body = yaml.toString().getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("http://127.0.0.1:" + port + PublicationReceiverServlet.PATH
                + "/item?workspace=organizations&parent=%2F&recursive=false");
        HttpRequest put = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/yaml")
                .header(RemoteTransport.SIGNATURE, new Signature(SECRET).header(Clock.systemUTC().instant().getEpochSecond(),
                        RemoteTransport.concat(uri.getRawQuery(), body)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        ContentService publicContent = new ContentService(new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")),
                StandaloneSessionProvider.singleRepository(published));
        assertThat(publicContent.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("UCLG");
    }

    @Test
    void unsignedOrWronglySignedCallsAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest unsigned = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/.publication/v1/item?workspace=organizations&path=%2Fiula")).DELETE().build();
        assertThat(http.send(unsigned, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);

        RemoteTransport intruder = new RemoteTransport(URI.create("http://127.0.0.1:" + port),
                "not-the-shared-secret-at-all".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        assertThatThrownBy(() -> intruder.remove("organizations", "/iula")).isInstanceOf(PublicationException.class);
        assertThat(StandaloneSessionProvider.singleRepository(published).login(Side.PUBLIC, "organizations").nodeExists("/iula")).isTrue();
    }
}
