package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.delivery.endpoint.DeliverySettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standalone starts on a light module that uses Magnolia's own definition types and keys
 * ({@code sites/}, {@code virtualUriMappings/}, {@code decorations/}, an SPA page template, a pages
 * endpoint in the shape of Magnolia's spa-lm demo with {@code personalized: false}): it honours what
 * changes what it serves, lists what it ignores with file and line, and refuses a key it cannot honour.
 */
class MagnoliaKeysTest {

    private static final Path OVERLAY = Path.of("src/test/resources/magnolia-keys/oicc-relations");

    @TempDir
    Path temp;

    @Test
    void startsOnMagnoliasKeysHonoursWhatIsServedAndListsWhatIsIgnored() throws Exception {
        Path modules = fixture();

        Result validate = run("validate", "--light-modules", modules.toString());
        assertThat(validate.exit).as(validate.out + validate.err).isZero();
        assertThat(validate.out).isEqualTo("""
                ignored: decorations/multisite/config.yaml:2: decoration of module 'multisite' ignored: this runtime runs \
                module oicc-relations only
                ignored: decorations/pages/apps/pages.yaml:2: decoration of module 'pages' ignored: this runtime runs module \
                oicc-relations only
                ignored: restEndpoints/delivery/spa/pages_v1.yaml:7: personalized: false ignored in delivery endpoint \
                delivery/spa/pages_v1 (this runtime serves no variants)
                ignored: restEndpoints/delivery/spa/pages_v1.yaml:13: systemProperties [mgnl:template] ignored in delivery \
                endpoint delivery/spa/pages_v1 (every mgnl: property is written when includeSystemProperties is true)
                ignored: restEndpoints/delivery/spa/pages_v1.yaml:20: rendition '480x360' ignored: this runtime makes width \
                renditions only, named by their width in pixels (such as 160, 320)
                ignored: restEndpoints/delivery/spa/pages_v1.yaml:20: rendition '960x720' ignored: this runtime makes width \
                renditions only, named by their width in pixels (such as 160, 320)
                ignored: templates/components/headline.yaml:2: component template oicc-relations:components/headline without \
                a script ignored: a single-page app renders it (no FreeMarker page of this module may offer it)
                ignored: templates/pages/spa-home.yaml:6: SPA template oicc-relations:pages/spa-home ignored: a single-page \
                app renders it, this runtime serves its pages as JSON only (pages endpoint)
                valid: light module and bootstrap content
                """);

        Standalone standalone = Standalone.open(temp.resolve("data"), modules, Instance.PUBLIC);
        HttpServer http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(),
                new ObjectMapper(), DeliverySettings.DEFAULTS);
        try (standalone; http) {
            http.start();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + http.port();

            // the decoration of the module's own dialog merged: the title keeps its keys, a field is added
            var dialog = standalone.module().dialogs().get("oicc-relations:pages/relations");
            assertThat(dialog.fields().keySet()).containsExactly("title", "featured");
            assertThat(dialog.fields().get("title").required()).isTrue();
            assertThat(dialog.fields().get("featured").type()).isEqualTo("checkBoxField");

            // the decoration of the page template: one entry a category page, so there is a second page
            assertThat(get(client, base + "/relations/consultative-status.html?page=2").statusCode()).isEqualTo(200);
            // the module's own virtual URI mapping
            HttpResponse<String> start = get(client, base + "/start.html");
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(start.headers().firstValue("Location")).hasValue("/relations.html");
            // the spa-lm shaped endpoint serves pages
            HttpResponse<String> page = get(client, base + "/.rest/delivery/spa/pages/v1/relations");
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode json = new ObjectMapper().readTree(page.body());
            assertThat(json.path("mgnl:template").asText()).isEqualTo("oicc-relations:pages/relations");
        }
    }

    @Test
    void aKeyThatWouldChangeWhatIsServedIsAStartUpErrorWithFileAndLine() throws Exception {
        Path modules = fixture();
        Path endpoint = modules.resolve("oicc-relations/restEndpoints/delivery/spa/pages_v1.yaml");
        Files.writeString(endpoint, Files.readString(endpoint).replace("personalized: false", "personalized: true"));

        Result validate = run("validate", "--light-modules", modules.toString());
        assertThat(validate.exit).isEqualTo(1);
        assertThat(validate.out).contains("restEndpoints/delivery/spa/pages_v1.yaml:7: personalized: true in delivery endpoint "
                + "delivery/spa/pages_v1 is not honoured: this runtime serves no personalization variants");
        assertThatThrownBy(() -> Standalone.open(temp.resolve("data"), modules, Instance.PUBLIC))
                .isInstanceOf(CliError.class)
                .hasMessageContaining("restEndpoints/delivery/spa/pages_v1.yaml:7: personalized: true");
    }

    /** The shipped module with the overlay copied over it. */
    private Path fixture() throws IOException {
        Path modules = temp.resolve("light-modules");
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve(Standalone.MODULE));
        try (Stream<Path> files = Files.walk(OVERLAY)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path dest = module.resolve(OVERLAY.relativize(source).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return modules;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }
}
