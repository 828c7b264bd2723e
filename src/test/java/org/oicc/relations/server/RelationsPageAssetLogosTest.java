package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logos in the category lists of {@code /relations.html}, its Arabic and French versions and the
 * paged category page: a WebP logo uploaded for IULA (stored as PNG), named and published, shows
 * small beside each IULA entry (the 160 rendition, width/height, alt in the page's language, lazy,
 * srcset); every other entry, and the rest of the page, is byte for byte what it was without it.
 */
class RelationsPageAssetLogosTest {

    private static final String PASSWORD = ServedSite.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Pattern LOGO = Pattern.compile("\\s*<img class=\"entry-logo\"[^>]*>");

    @RegisterExtension
    static final ServedSite served = ServedSite.combined();

    @Test
    void aPublishedLogoShowsSmallBesideEachEntryOfItsOrganizationAndNothingElseChanges() throws Exception {
        String[] pages = {"/relations.html", "/ar/relations.html", "/fr/relations.html", "/relations/membership.html"};
        String[] before = new String[pages.length];
        for (int i = 0; i < pages.length; i++) {
            before[i] = page(pages[i]);
            assertThat(before[i]).doesNotContain("entry-logo");
        }

        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/org/oicc/relations/dam/logo-lossless.webp")) {
            webp = in.readAllBytes();
        }
        HttpResponse<String> up = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + "/.rest/assets/v1?fileName=iula.webp"
                        + "&alt=IULA%20logo&alt_ar=" + enc("شعار الاتحاد") + "&alt_fr=" + enc("Logo de l’IULA")))
                .header("Authorization", basic()).header("Content-Type", "image/webp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(webp)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
        JsonNode asset = JSON.readTree(up.body());
        String key = asset.path("@id").asText();
        assertThat(asset.at("/metadata/mimeType").asText()).isEqualTo("image/png");
        assertThat(asset.path("@link").asText()).isEqualTo("/dam/" + key + "/iula.png");
        assertThat(send("/.rest/nodes/v1/organizations/iula", "{\"properties\":[{\"name\":\"logo\",\"multiple\":false,\"values\":[\""
                + key + "\"]}]}").statusCode()).isEqualTo(200);
        HttpResponse<String> published = send("/.rest/commands/v2/default/publish",
                "{\"repository\":\"organizations\",\"path\":\"/iula\",\"recursive\":false}");
        assertThat(published.statusCode()).as(published.body()).isLessThan(300);

        String link = "/dam/" + key + "/iula.png";
        String srcset = link + "?width=160 160w, " + link + " 300w";
        String[] alts = {"alt=\"IULA logo\"", "alt=\"شعار الاتحاد\"", "alt=\"Logo de l’IULA\"", "alt=\"IULA logo\""};
        for (int i = 0; i < pages.length; i++) {
            String after = page(pages[i]);
            Matcher logos = LOGO.matcher(after);
            int count = 0;
            while (logos.find()) {
                count++;
                assertThat(logos.group().strip()).isEqualTo("<img class=\"entry-logo\" src=\"" + link + "?width=160\" srcset=\""
                        + srcset + "\" sizes=\"80px\" width=\"80\" height=\"40\" " + alts[i] + " loading=\"lazy\" decoding=\"async\">");
            }
            // IULA has two membership entries (and the category page lists the membership category only)
            assertThat(count).as(pages[i]).isEqualTo(i == 3 ? 2 : 2 + otherIulaEntries(before[i]));
            assertThat(LOGO.matcher(after).replaceAll("")).as(pages[i] + " without the logos").isEqualTo(before[i]);
        }

        // the src answers an image 160 wide
        HttpResponse<byte[]> rendition = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + link + "?width=160")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(rendition.body())).getWidth()).isEqualTo(160);
    }

    /** IULA's entries outside the membership category on a whole relations page (by its link). */
    private static int otherIulaEntries(String page) {
        int all = page.split("href=\"[^\"]*/organizations/iula.html\"", -1).length - 1;
        return all - 2;
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> send(String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basic())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base() {
        return "http://127.0.0.1:" + served.port();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
