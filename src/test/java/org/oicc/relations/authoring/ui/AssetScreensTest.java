package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.repository.Side;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Assets screen over HTTP (as a browser without script posts it): the paged list with
 * thumbnail, file name, type, size, width × height, who uploaded it and when, the items that use it
 * (by title, linked) and the status; an upload with the form's checks; the alternative texts side by
 * side; delete asking first, refused while an item uses the image (naming it) or while it is public;
 * publish and unpublish (asking first, naming the users); roles enforced.
 */
class AssetScreensTest {

    private static final String ASSETS = "/.author/assets";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.authorAndPublic());

    private static String csrf(Document page) {
        return page.selectFirst("input[name=_csrf]").val();
    }

    private HttpResponse<String> upload(UiClient who, String fileName, String type, byte[] bytes, String alt, String altAr) throws Exception {
        Document list = UiClient.html(who.get(ASSETS));
        return who.postMultipart(ASSETS, List.of(Map.entry("_csrf", csrf(list)), Map.entry("alt", alt), Map.entry("alt_ar", altAr),
                Map.entry("alt_fr", "")), "file", fileName, type, bytes);
    }

    @Test
    void anUploadShowsInTheListWithWhatIsStoredOfItAndWhoUsesIt() throws Exception {
        Document empty = UiClient.html(ui.client.get(ASSETS));
        assertThat(empty.select("header nav a[href='/.author/assets']").eachText()).containsExactly("Assets");
        assertThat(empty.selectFirst("#count").text()).isEqualTo("No images");
        assertThat(empty.selectFirst("table.assets tbody td").text()).isEqualTo("No images yet. Upload one below, or in an item's form.");

        HttpResponse<String> up = upload(ui.client, "IULA Logo.png", "image/png", png(400, 200), "IULA logo", "شعار الاتحاد");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(303);
        String location = up.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/\\.author/assets/jcr:[0-9a-f-]{36}\\?msg=uploaded");
        String key = location.substring(ASSETS.length() + 1, location.indexOf('?'));

        Document page = UiClient.html(ui.client.get(location));
        assertThat(page.selectFirst("[role=status]").text()).startsWith("Uploaded. The image is a draft until it is published");
        assertThat(page.selectFirst("h1").text()).isEqualTo("iula-logo.png");
        assertThat(page.select("dl.facts dd").eachText()).containsExactly("PNG", page.select("dl.facts dd").get(1).text(),
                "400 × 200 pixels", page.select("dl.facts dd").get(3).text());
        assertThat(page.select("dl.facts dd").get(1).text()).matches("\\d+ (bytes|KB)");
        assertThat(page.select("dl.facts dd").get(3).text()).startsWith("admin, ");
        assertThat(page.selectFirst("#asset-status").text()).isEqualTo("Never published");
        assertThat(page.selectFirst(".unused").text()).isEqualTo("Not used by any item");
        // the alternative texts side by side, each in its language and direction
        assertThat(page.select("#asset-alt .languages input").eachAttr("name")).containsExactly("alt", "alt_ar", "alt_fr");
        assertThat(page.select("#asset-alt .languages input").eachAttr("dir")).containsExactly("ltr", "rtl", "ltr");
        assertThat(page.select("#asset-alt .languages input").eachAttr("value")).containsExactly("IULA logo", "شعار الاتحاد", "");
        assertThat(page.select("#asset-alt .languages label").eachText()).containsExactly("Alternative text (English)",
                "Alternative text (Arabic)", "Alternative text (French)");
        assertThat(page.selectFirst(".asset-preview img").attr("src")).isEqualTo("/.author/preview/dam/" + key + "/iula-logo.png?width=160");

        // used by IULA: listed by its title, linked to its form
        Map<String, Object> iula = new HashMap<>(ui.site.content.values("organization", "iula"));
        iula.put("logo", key);
        ui.site.content.update("organization", "iula", ItemInput.of(iula), "admin");
        Document list = UiClient.html(ui.client.get(ASSETS));
        Element row = list.selectFirst("tr[data-asset=" + key + "]");
        assertThat(row.select("td").eachText()).containsExactly("iula-logo.png", "PNG", page.select("dl.facts dd").get(1).text(),
                "400 × 200 pixels", row.select("td").get(5).text(), "International Union of Local Authorities", "Never published");
        assertThat(row.selectFirst("td.thumb img").attr("src")).isEqualTo("/.author/preview/dam/" + key + "/iula-logo.png?width=160");
        assertThat(row.select("ul.used-by a").eachAttr("href")).containsExactly("/.author/items/organization/iula");
        assertThat(row.select("td").get(5).text()).startsWith("admin ");
        assertThat(list.selectFirst("#count").text()).isEqualTo("Images 1–1 of 1");

        // delete refused while used, naming the user; nothing changes, even confirmed
        Document one = UiClient.html(ui.client.get(ASSETS + "/" + key));
        HttpResponse<String> refused = ui.client.post(ASSETS + "/" + key + "/delete", List.of(Map.entry("_csrf", csrf(one)),
                Map.entry("_confirm", "yes")));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(UiClient.html(refused).selectFirst("#asset-error").text()).isEqualTo("Not deleted: “iula-logo.png” is still used by "
                + "Organization “International Union of Local Authorities”. Choose another image there (or remove it) and save, then delete it.");
        assertThat(store().read(Side.AUTHOR, AssetKey.parse(key).orElseThrow())).isPresent();
    }

    @Test
    void refusedUploadsShowWhyAndStoreNothing() throws Exception {
        HttpResponse<String> svg = upload(ui.client, "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8), "Logo", "");
        assertThat(svg.statusCode()).isEqualTo(415);
        Document page = UiClient.html(svg);
        assertThat(page.selectFirst("#upload-error").text()).startsWith("Not stored: SVG images are not accepted");
        // the typed alternative text is kept
        assertThat(page.selectFirst("#alt-en").val()).isEqualTo("Logo");

        HttpResponse<String> none = upload(ui.client, null, null, null, "Logo", "");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(none).selectFirst("#upload-error").text()).isEqualTo("Not stored: the file is empty; choose an image file "
                + "(PNG, JPEG, GIF or WebP).");
        assertThat(UiClient.html(ui.client.get(ASSETS)).selectFirst("#count").text()).isEqualTo("No images");
    }

    @Test
    void alternativeTextsAreSavedPerLanguage() throws Exception {
        Asset a = store().create("spare.png", cleanPng(), Map.of("alt", "Spare"), "editor");
        String url = ASSETS + "/" + a.key();
        Document page = UiClient.html(ui.client.get(url));
        HttpResponse<String> saved = ui.client.post(url, List.of(Map.entry("_csrf", csrf(page)), Map.entry("alt", "Spare logo"),
                Map.entry("alt_ar", "شعار احتياطي"), Map.entry("alt_fr", "Logo de réserve")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(store().read(Side.AUTHOR, a.key()).orElseThrow().alt())
                .isEqualTo(Map.of("alt", "Spare logo", "alt_ar", "شعار احتياطي", "alt_fr", "Logo de réserve"));
        HttpResponse<String> tooLong = ui.client.post(url, List.of(Map.entry("_csrf", csrf(page)), Map.entry("alt", "x".repeat(501))));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(store().read(Side.AUTHOR, a.key()).orElseThrow().alt().get("alt")).isEqualTo("Spare logo");
    }

    @Test
    void deleteAsksFirstThenDeletesAnUnusedImage() throws Exception {
        Asset a = store().create("spare.png", cleanPng(), Map.of(), "editor");
        String url = ASSETS + "/" + a.key();
        Document page = UiClient.html(ui.client.get(url));
        assertThat(page.selectFirst("form[action$=/delete]").hasAttr("data-confirm")).isTrue();

        HttpResponse<String> asked = ui.client.post(url + "/delete", List.of(Map.entry("_csrf", csrf(page))));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(UiClient.html(asked).selectFirst(".confirm-step h1").text()).isEqualTo("Delete the image “spare.png” from the asset library?");
        assertThat(store().read(Side.AUTHOR, a.key())).isPresent();

        HttpResponse<String> done = ui.client.confirm(asked);
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue(ASSETS + "?msg=deleted&deleted=spare.png");
        assertThat(store().read(Side.AUTHOR, a.key())).isEmpty();
        assertThat(UiClient.html(ui.client.get(ASSETS + "?msg=deleted&deleted=spare.png")).selectFirst("[role=status]").text())
                .isEqualTo("Deleted the image “spare.png”.");
        assertThat(ui.client.get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void publishAndUnpublishWithTheQuestionNamingTheUsers() throws Exception {
        Asset a = store().create("logo.png", cleanPng(), Map.of("alt", "Logo"), "editor");
        Map<String, Object> alecso = new HashMap<>(ui.site.content.values("organization", "alecso"));
        alecso.put("logo", a.key().toString());
        ui.site.content.update("organization", "alecso", ItemInput.of(alecso), "admin");
        String url = ASSETS + "/" + a.key();
        Document page = UiClient.html(ui.client.get(url));
        assertThat(page.select("form[action$=/unpublish]")).isEmpty();

        assertThat(ui.client.post(url + "/publish", List.of(Map.entry("_csrf", csrf(page)))).statusCode()).isEqualTo(303);
        assertThat(store().isPublished(a.key())).isTrue();
        Document published = UiClient.html(ui.client.get(url + "?msg=published"));
        assertThat(published.selectFirst("#asset-status").text()).isEqualTo("Published");
        assertThat(published.selectFirst("[role=status]").text()).isEqualTo("Published: the public site has this image now.");

        // public: not deleted
        HttpResponse<String> refused = ui.client.post(url + "/delete", List.of(Map.entry("_csrf", csrf(published)), Map.entry("_confirm", "yes")));
        assertThat(refused.statusCode()).isEqualTo(409);

        HttpResponse<String> asked = ui.client.post(url + "/unpublish", List.of(Map.entry("_csrf", csrf(published))));
        Document question = UiClient.html(asked);
        assertThat(question.selectFirst(".confirm-step h1").text()).isEqualTo("Take the image “logo.png” off the public site?");
        assertThat(question.select(".referrers li").eachText())
                .containsExactly("Organization “Arab League Educational, Cultural and Scientific Organization”");
        assertThat(store().isPublished(a.key())).isTrue();
        assertThat(ui.client.confirm(asked).statusCode()).isEqualTo(303);
        assertThat(store().isPublished(a.key())).isFalse();
        assertThat(UiClient.html(ui.client.get(url)).selectFirst("#asset-status").text()).isEqualTo("Unpublished");
    }

    @Test
    void theListIsPagedNewestFirst() throws Exception {
        AssetStore store = store();
        for (int i = 1; i <= 21; i++) {
            store.create(String.format("logo-%02d.png", i), cleanPng(), Map.of(), "editor");
            Thread.sleep(2); // distinct upload times
        }
        Document first = UiClient.html(ui.client.get(ASSETS));
        assertThat(first.select("table.assets tbody tr")).hasSize(20);
        assertThat(first.selectFirst("table.assets tbody tr td:nth-child(2)").text()).isEqualTo("logo-21.png");
        assertThat(first.selectFirst("#count").text()).isEqualTo("Images 1–20 of 21");
        assertThat(first.selectFirst(".pager a[rel=next]").attr("href")).isEqualTo(ASSETS + "?page=2");
        Document second = UiClient.html(ui.client.get(ASSETS + "?page=2"));
        assertThat(second.select("table.assets tbody tr td:nth-child(2)").eachText()).containsExactly("logo-01.png");
        assertThat(UiClient.html(ui.client.get(ASSETS + "?page=99")).selectFirst("#count").text()).isEqualTo("Images 21–21 of 21");
    }

    @Test
    void anImageOfTheLibraryIsChosenInAnItemForm() throws Exception {
        Asset a = store().create("iula-emblem.png", cleanPng(), Map.of("alt", "Emblem"), "editor");
        Document form = UiClient.html(ui.client.get("/.author/items/organization/iula"));
        assertThat(form.select("#f-logo-pick option").eachText()).containsExactly("— no image chosen —",
                "iula-emblem.png (64 × 32 pixels)");

        HttpResponse<String> saved = ui.client.submit(form, "form#edit", Map.of("p.logo@pick", a.key().toString()), "save");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(ui.site.content.read("organization", "iula").property("logo")).hasValue(a.key().toString());
        Element row = UiClient.html(ui.client.get(ASSETS)).selectFirst("tr[data-asset=" + a.key() + "]");
        assertThat(row.select("ul.used-by a").eachAttr("href")).containsExactly("/.author/items/organization/iula");
        // the current image is not offered again
        assertThat(UiClient.html(ui.client.get("/.author/items/organization/iula")).select("#f-logo-pick option").eachText())
                .containsExactly("— no image chosen —");

        // an image deleted meanwhile is the field's problem, nothing saved
        Asset gone = store().create("gone.png", cleanPng(), Map.of(), "editor");
        Document alecso = UiClient.html(ui.client.get("/.author/items/organization/alecso"));
        store().delete(gone.key(), () -> null);
        HttpResponse<String> refused = ui.client.submit(alecso, "form#edit", Map.of("p.logo@pick", gone.key().toString()), "save");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(UiClient.html(refused).selectFirst("#f-logo-err").text())
                .isEqualTo("Not stored: the chosen image is no longer in the asset library; choose another one.");
        assertThat(ui.site.content.read("organization", "alecso").property("logo")).isEmpty();
    }

    @Test
    void rolesAreEnforced() throws Exception {
        Asset a = store().create("logo.png", cleanPng(), Map.of(), "editor");
        UiClient editor = UiClient.loggedIn(ui.site, "editor");
        Document page = UiClient.html(editor.get(ASSETS + "/" + a.key()));
        assertThat(page.select("form[action$=/publish]")).isEmpty();
        assertThat(editor.post(ASSETS + "/" + a.key() + "/publish", List.of(Map.entry("_csrf", csrf(page)))).statusCode()).isEqualTo(403);
        UiClient publisher = UiClient.loggedIn(ui.site, "publisher");
        assertThat(UiClient.html(publisher.get(ASSETS)).select("#upload")).isEmpty();
        assertThat(upload(publisher, "x.png", "image/png", png(20, 20), "", "").statusCode()).isEqualTo(403);
        assertThat(ui.client.post(ASSETS + "/" + a.key(), List.of(Map.entry("alt", "no token"))).statusCode()).isEqualTo(403);
        assertThat(ui.client.get(ASSETS + "/jcr:0b0c5c1e-8f5e-4a4e-9d55-3a1c2c8e7b11").statusCode()).isEqualTo(404);
        assertThat(ui.client.get(ASSETS + "/not-a-key").statusCode()).isEqualTo(404);
    }

    private AssetStore store() {
        return new AssetStore(ui.site.sessions, ui.site.locks, Clock.systemUTC());
    }

    private static org.oicc.relations.dam.CleanImage cleanPng() throws Exception {
        return new org.oicc.relations.dam.ImageCheck(DamSettings.defaults()).check(png(64, 32));
    }

    static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 110, 80));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
