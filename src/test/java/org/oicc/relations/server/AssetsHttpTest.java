package org.oicc.relations.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.dam.DamSettings;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assets over HTTP as {@code serve} wires them (combined instance): uploads through
 * {@code /.rest/assets/v1} refused for a wrong type, a file too large and an SVG with a script; a PNG
 * carrying a text chunk and bytes after its end stored re-encoded, pixels only; the asset and its
 * renditions at {@code /dam/jcr:<id>/<file>} with ETag, Last-Modified and 304, on the author preview
 * before publication and on the public side only after; the logo resolved by the organizations
 * endpoint as Magnolia's assetReferenceResolver does; a referenced asset cannot be deleted.
 */
class AssetsHttpTest {

    private static final String PASSWORD = ServedSite.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServedSite served = ServedSite.combined()
            .beforeMount(http -> http.assets(DamSettings.defaults().withMaxBytes(200_000)));

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 110, 80));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A tEXt chunk before IEND (metadata a browser never shows) and a script after IEND. */
    static byte[] pngWithPassengers(int width, int height) throws Exception {
        byte[] clean = png(width, height);
        byte[] text = chunk("tEXt", "Comment\0<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1));
        int iend = clean.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(clean, 0, iend);
        out.write(text);
        out.write(clean, iend, 12);
        out.write("<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(t);
        crc.update(body);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + body.length);
        b.putInt(body.length).put(t).put(body).putInt((int) crc.getValue());
        return b.array();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> upload(byte[] body, String type, String query) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + "/.rest/assets/v1?" + query))
                .header("Authorization", basic()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port() + path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void aTextFileSentAsAnImageIsRefusedAndNothingIsStored() throws Exception {
        HttpResponse<byte[]> r = upload("just some text, not pixels".getBytes(StandardCharsets.UTF_8), "image/png", "fileName=x.png");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).at("/error/code").asText()).isEqualTo("unsupportedImageType");
        assertThat(json(r).at("/error/message").asText()).isEqualTo("This file is not a PNG, JPEG, GIF or WebP image; only those are accepted.");
        HttpResponse<byte[]> wrongType = upload(png(10, 10), "text/html", "fileName=x.png");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(json(wrongType).at("/error/code").asText()).isEqualTo("unsupportedMediaType");
    }

    @Test
    void anSvgWithAScriptIsRefusedNamingTheReason() throws Exception {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = upload(svg, "image/svg+xml", "fileName=logo.svg");

        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(json(r).at("/error/code").asText()).isEqualTo("svgNotAccepted");
        assertThat(json(r).at("/error/message").asText()).startsWith("SVG images are not accepted: an SVG file can carry scripts.");
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() throws Exception {
        byte[] big = new byte[200_001];
        System.arraycopy(png(4, 4), 0, big, 0, 8);
        HttpResponse<byte[]> r = upload(big, "image/png", "fileName=big.png");

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).at("/error/code").asText()).isEqualTo("fileTooLarge");
    }

    @Test
    void aPngWithACommentAndTrailingBytesIsStoredReEncodedAndServedWithValidators() throws Exception {
        byte[] sent = pngWithPassengers(400, 200);
        HttpResponse<byte[]> r = upload(sent, "image/png", "fileName=Logo%20IULA.PNG&alt=IULA%20logo&alt_ar=%D8%B4%D8%B9%D8%A7%D8%B1");
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode asset = json(r);
        String key = asset.path("@id").asText();
        assertThat(key).matches("jcr:[0-9a-f-]{36}");
        assertThat(asset.path("@link").asText()).isEqualTo("/dam/" + key + "/logo-iula.png");
        assertThat(asset.path("metadata").toString()).isEqualTo("{\"fileName\":\"logo-iula.png\",\"mimeType\":\"image/png\",\"fileSize\":\""
                + asset.at("/metadata/fileSize").asText() + "\",\"width\":\"400\",\"height\":\"200\",\"format\":\"image/png\","
                + "\"alt\":\"IULA logo\",\"alt_ar\":\"شعار\"}");

        // not public before publication; the author preview has it (editors only)
        assertThat(get("/dam/" + key + "/logo-iula.png").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> preview = get("/.author/preview/dam/" + key + "/logo-iula.png", "Authorization", basic());
        assertThat(preview.statusCode()).isEqualTo(200);
        byte[] stored = preview.body();
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("script", "tEXt", "html");
        assertThat(stored.length).isLessThan(sent.length);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(decoded.getWidth()).isEqualTo(400);
        // the stored file ends where its IEND chunk ends
        assertThat(new String(stored, stored.length - 8, 4, StandardCharsets.US_ASCII)).isEqualTo("IEND");

        // the logo on IULA, published: the asset goes along
        assertThat(send("POST", "/.rest/nodes/v1/organizations/iula", "{\"properties\":[{\"name\":\"logo\",\"multiple\":false,\"values\":[\""
                + key + "\"]}]}").statusCode()).isEqualTo(200);
        HttpResponse<String> published = send("POST", "/.rest/commands/v2/default/publish", "{\"repository\":\"organizations\",\"path\":\"/iula\",\"recursive\":false}");
        assertThat(published.statusCode()).as(published.body()).isLessThan(300);

        HttpResponse<byte[]> file = get("/dam/" + key + "/logo-iula.png");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.body()).isEqualTo(stored);

        HttpResponse<byte[]> rendition = get("/dam/" + key + "/logo-iula.png?width=160");
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(rendition.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(rendition.body())).getWidth()).isEqualTo(160);
        String etag = rendition.headers().firstValue("ETag").orElseThrow();
        String modified = rendition.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/dam/" + key + "/logo-iula.png?width=160", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/dam/" + key + "/logo-iula.png?width=160", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(get("/dam/" + key + "/logo-iula.png?width=161").statusCode()).isEqualTo(400);
        assertThat(get("/dam/" + key + "/other.png").statusCode()).isEqualTo(404);

        // delivery resolves the logo as Magnolia's assetReferenceResolver does, in the asked language
        JsonNode iula = JSON.readTree(get("/.rest/delivery/organizations/v1/iula?lang=ar").body());
        assertThat(iula.path("logo").toString()).isEqualTo("{\"@name\":\"logo-iula\",\"@path\":\"/logo-iula\",\"@id\":\"" + key
                + "\",\"@link\":\"/dam/" + key + "/logo-iula.png\",\"metadata\":{\"fileName\":\"logo-iula.png\",\"mimeType\":\"image/png\","
                + "\"fileSize\":\"" + stored.length + "\",\"width\":\"400\",\"height\":\"200\",\"format\":\"image/png\",\"alt\":\"شعار\"},"
                + "\"renditions\":{\"160\":{\"mimeType\":\"image/png\",\"link\":\"/dam/" + key + "/logo-iula.png?width=160\"},"
                + "\"320\":{\"mimeType\":\"image/png\",\"link\":\"/dam/" + key + "/logo-iula.png?width=320\"}}}");

        // the organization page shows it, sized, lazy, with its renditions
        String page = new String(get("/organizations/iula.html").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("<img class=\"logo\" src=\"/dam/" + key + "/logo-iula.png\" srcset=\"/dam/" + key
                + "/logo-iula.png?width=160 160w, /dam/" + key + "/logo-iula.png?width=320 320w, /dam/" + key + "/logo-iula.png 400w\"");
        assertThat(page).contains("width=\"400\" height=\"200\" alt=\"IULA logo\" loading=\"lazy\"");

        // still used by IULA: not deleted
        HttpResponse<String> delete = send("DELETE", "/.rest/assets/v1/" + key, null);
        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(delete.body()).at("/error/message").asText()).isEqualTo("asset " + key
                + " is still used by organization iula; remove it there first");
    }

    @Test
    void anAssetNoItemUsesAndNeverPublishedCanBeDeleted() throws Exception {
        HttpResponse<byte[]> r = upload(png(50, 40), "image/png", "fileName=spare.png");
        String key = json(r).path("@id").asText();
        assertThat(send("DELETE", "/.rest/assets/v1/" + key, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/.rest/assets/v1/" + key, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anItemCannotNameAnAssetThatDoesNotExist() throws Exception {
        HttpResponse<String> r = send("POST", "/.rest/nodes/v1/organizations/alecso", "{\"properties\":[{\"name\":\"logo\",\"type\":\"String\","
                + "\"values\":[\"jcr:0b0c5c1e-8f5e-4a4e-9d55-3a1c2c8e7b11\"]}]}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("no asset jcr:0b0c5c1e-8f5e-4a4e-9d55-3a1c2c8e7b11");
        assertThat(List.of(upload(new byte[0], "image/png", "fileName=e.png").statusCode())).containsExactly(400);
    }
}
