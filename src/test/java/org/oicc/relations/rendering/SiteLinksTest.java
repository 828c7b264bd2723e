package org.oicc.relations.rendering;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oicc.relations.testing.SiteFixture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The addresses of the site: {@code /} and each language's root lead to the home page; every page
 * names its canonical URL and its language versions (hreflang, x-default) absolutely, from the
 * server's own address, whatever Host a client sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteLinksTest {

    @RegisterExtension
    static final SiteFixture fixture = SiteFixture.of(b -> b.site());

    @ParameterizedTest
    @CsvSource({"/, /relations.html", "/en/, /relations.html", "/ar/, /ar/relations.html", "/ar, /ar/relations.html",
            "/fr/, /fr/relations.html"})
    void theRootOfEachLanguageRedirectsToItsHomePage(String url, String home) throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.site.get(url);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(home);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(fixture.site.get(home).statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethodsOnTheRootAreRefusedNotRedirected() throws IOException, InterruptedException {
        HttpResponse<String> response = fixture.site.send("POST", "/");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(fixture.site.get("/de/").statusCode()).as("not a language of the site").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relations.html", "/ar/relations.html", "/fr/organizations/iula.html",
            "/relations/membership.html", "/organizations.html"})
    void everyPageNamesItsCanonicalAndItsLanguageVersions(String url) throws IOException, InterruptedException {
        Document page = fixture.site.page(url);
        String path = url.replaceFirst("^/(ar|fr)/", "/");
        String base = fixture.site.base();
        assertThat(page.select("link[rel=canonical]").eachAttr("href")).containsExactly(base + url);
        Map<String, String> alternates = new LinkedHashMap<>();
        page.select("link[rel=alternate][hreflang]").forEach(l -> alternates.put(l.attr("hreflang"), l.attr("href")));
        assertThat(alternates).containsExactly(Map.entry("en", base + path), Map.entry("ar", base + "/ar" + path),
                Map.entry("fr", base + "/fr" + path), Map.entry("x-default", base + path));
    }

    @Test
    void theCanonicalDropsParametersThePageDoesNotRead() throws IOException, InterruptedException {
        Document page = fixture.site.page("/relations.html?utm_source=newsletter");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(fixture.site.base() + "/relations.html");
    }

    @Test
    void aForgedHostHeaderChangesNoLinkAndPoisonsNoCache() throws IOException, InterruptedException {
        String forged = rawGet("/organizations/iula.html", "evil.example");
        assertThat(forged).startsWith("HTTP/1.1 200");
        Document page = Jsoup.parse(forged.substring(forged.indexOf("\r\n\r\n") + 4));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(fixture.site.base() + "/organizations/iula.html");
        assertThat(forged).doesNotContain("evil.example");
        // what everyone else gets next, from the cache, is the same page
        assertThat(fixture.site.page("/organizations/iula.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(fixture.site.base() + "/organizations/iula.html");
    }

    @Test
    void aConfiguredPublicUrlIsAnOriginOnly() {
        assertThat(SiteAddress.of("https://WWW.OICC.example/").toString()).isEqualTo("https://www.oicc.example");
        assertThat(SiteAddress.of("http://localhost:8080").toString()).isEqualTo("http://localhost:8080");
        for (String wrong : new String[] {"ftp://www.oicc.example", "https://www.oicc.example/site", "https://www.oicc.example/?a=1",
                "https://user@www.oicc.example", "www.oicc.example", "https://", "not a url"}) {
            assertThatThrownBy(() -> SiteAddress.of(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** HTTP/1.1 by hand: Java's client does not let a test set Host. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", fixture.site.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
