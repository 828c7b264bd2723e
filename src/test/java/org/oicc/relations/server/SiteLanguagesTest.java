package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;
import org.oicc.relations.delivery.endpoint.DeliverySettings;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The languages are the site definition's: one added there is served, named and written in its direction. */
class SiteLanguagesTest {

    @TempDir
    Path data;

    @Test
    void aLocaleAddedToTheSiteDefinitionIsServedRightToLeftWhereItsLanguageIs() throws Exception {
        Path modules = data.resolve("light-modules");
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve(Standalone.MODULE));
        Path site = module.resolve("sites/relations.yaml");
        Files.writeString(site, Files.readString(site, StandardCharsets.UTF_8)
                + "    fa:\n      language: fa\n      enabled: true\n", StandardCharsets.UTF_8);

        Standalone standalone = Standalone.open(data.resolve("data"), modules, Instance.PUBLIC);
        HttpServer http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(),
                new ObjectMapper(), DeliverySettings.DEFAULTS);
        try (standalone; http) {
            http.start();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + http.port();

            HttpResponse<String> persian = client.send(HttpRequest.newBuilder(URI.create(base + "/fa/relations.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(persian.statusCode()).isEqualTo(200);
            Document page = Jsoup.parse(persian.body());
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fa");
            assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
            assertThat(page.select("nav.languages a").eachText()).containsExactly("English", "العربية", "Français", "فارسی");

            HttpResponse<String> french = client.send(HttpRequest.newBuilder(URI.create(base + "/fr/relations.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(Jsoup.parse(french.body()).selectFirst("html").attr("dir")).isEqualTo("ltr");

            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/fa/nowhere.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(missing.body()).selectFirst("html").attr("dir")).isEqualTo("rtl");

            HttpResponse<String> item = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/.rest/delivery/organizations/v1/iula?lang=fa")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(item.statusCode()).isEqualTo(200);
            assertThat(item.headers().firstValue("Content-Language")).contains("fa");
            assertThat(item.body()).contains("\"name\":\"International Union of Local Authorities\"");
        }
    }

    @Test
    void aSiteWithoutArabicServesNoArabicPageAndDeliversTheDefaultForLangAr() throws Exception {
        Path modules = data.resolve("light-modules");
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, modules.resolve(Standalone.MODULE));
        Path site = module.resolve("sites/relations.yaml");
        String text = Files.readString(site, StandardCharsets.UTF_8);
        String arabic = "    ar:\n      language: ar\n      enabled: true\n";
        assertThat(text).contains(arabic);
        Files.writeString(site, text.replace(arabic, ""), StandardCharsets.UTF_8);

        Standalone standalone = Standalone.open(data.resolve("data"), modules, Instance.PUBLIC);
        HttpServer http = new HttpServer("127.0.0.1", 0, standalone.module(), standalone.source(), standalone.sessions(),
                new ObjectMapper(), DeliverySettings.DEFAULTS);
        try (standalone; http) {
            http.start();
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + http.port();

            HttpResponse<String> arabicPage = client.send(HttpRequest.newBuilder(URI.create(base + "/ar/relations.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(arabicPage.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(arabicPage.body()).selectFirst("html").attr("lang")).isEqualTo("en");
            HttpResponse<String> arabicItem = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/ar/organizations/iula.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(arabicItem.statusCode()).isEqualTo(404);

            HttpResponse<String> french = client.send(HttpRequest.newBuilder(URI.create(base + "/fr/relations.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(french.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(french.body()).select("nav.languages a").eachText()).containsExactly("English", "Français");

            // a well-formed language the site does not hold falls back to the default, as Magnolia does
            HttpResponse<String> item = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/.rest/delivery/organizations/v1/iula?lang=ar")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(item.statusCode()).isEqualTo(200);
            assertThat(item.headers().firstValue("Content-Language")).contains("en");
            assertThat(item.body()).contains("\"name\":\"International Union of Local Authorities\"");
            HttpResponse<String> frenchItem = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/.rest/delivery/organizations/v1/iula?lang=fr")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(frenchItem.headers().firstValue("Content-Language")).contains("fr");
        }
    }
}
