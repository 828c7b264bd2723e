package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.dam.AssetKey;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.PendingAssets;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.Side;

import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No orphan image after a failed save: a logo chosen in a form whose save is refused (a problem in
 * another field, a conflict) is kept with the form shown again, so the next Save uses it without a
 * second upload; until then it is pending, and one that nobody saves is deleted after the grace period
 * (not before, and never while an item names it).
 */
class PendingAssetFormTest {

    private static final String NEW = "/.author/items/organization/_new";

    @RegisterExtension
    final LoggedInSite ui = LoggedInSite.as("admin", b -> b.combined());

    @Test
    void aLogoChosenInAFormRefusedForAnotherFieldIsKeptAndUsedByTheNextSave() throws Exception {
        Document form = UiClient.html(ui.client.get(NEW));
        HttpResponse<String> refused = ui.client.submitWithFile(form, "form#edit", Map.of("p.name", "", "p.acronym", "UCLG",
                "p.logo@alt", "UCLG logo"), "save", "p.logo@file", "uclg.png", AssetScreensTest.png(300, 100));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document shown = UiClient.html(refused);
        String key = shown.selectFirst("input[type=hidden][name=p.logo]").val();
        assertThat(key).matches("jcr:[0-9a-f-]{36}");
        assertThat(shown.selectFirst("#f-logo-asset .asset-preview img").attr("src")).endsWith("/uclg.png?width=160");
        assertThat(shown.selectFirst("#f-logo-pending").text())
                .isEqualTo("Not saved yet: this image is kept with the form and stored with the item when you save.");
        assertThat(shown.selectFirst("#f-logo-alt-en").val()).isEqualTo("UCLG logo");
        assertThat(shown.selectFirst("#f-acronym").val()).isEqualTo("UCLG");
        assertThat(pending().since(AssetKey.parse(key).orElseThrow())).isPresent();
        assertThat(assetNames()).containsExactly("uclg");

        // the next save, the problem fixed and no file chosen again, uses the kept image
        HttpResponse<String> saved = ui.client.submitWithFile(shown, "form#edit", Map.of("p.name", "United Cities and Local Governments"),
                "save", "p.logo@file", null, null);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(ui.site.content.read("organization", "uclg").property("logo")).hasValue(key);
        assertThat(pending().since(AssetKey.parse(key).orElseThrow())).isEmpty();
        assertThat(assetNames()).containsExactly("uclg");
        // and a sweep long after leaves it alone
        assertThat(pending(Duration.ofDays(30)).sweep(k -> false)).isEmpty();
        assertThat(assetNames()).containsExactly("uclg");
    }

    @Test
    void aLogoChosenInAFormRefusedForAConflictIsKeptToo() throws Exception {
        Document form = UiClient.html(ui.client.get("/.author/items/organization/iula"));
        Map<String, Object> now = new HashMap<>(ui.site.content.values("organization", "iula"));
        now.put("acronym", "IULA-2");
        ui.site.content.update("organization", "iula", ItemInput.of(now), "editor");

        HttpResponse<String> conflict = ui.client.submitWithFile(form, "form#edit", Map.of(), "save", "p.logo@file", "iula.png",
                AssetScreensTest.png(200, 100));
        assertThat(conflict.statusCode()).isEqualTo(412);
        String key = UiClient.html(conflict).selectFirst("input[type=hidden][name=p.logo]").val();
        assertThat(pending().since(AssetKey.parse(key).orElseThrow())).isPresent();
        assertThat(ui.site.content.read("organization", "iula").property("logo")).isEmpty();

        HttpResponse<String> saved = ui.client.submitWithFile(UiClient.html(conflict), "form#edit", Map.of(), "save", "p.logo@file", null, null);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(ui.site.content.read("organization", "iula").property("logo")).hasValue(key);
        assertThat(pending().since(AssetKey.parse(key).orElseThrow())).isEmpty();
    }

    @Test
    void anotherFileChosenInsteadReplacesThePendingOneAndAnAbandonedUploadGoesAfterTheGracePeriod() throws Exception {
        Document form = UiClient.html(ui.client.get(NEW));
        Document first = UiClient.html(ui.client.submitWithFile(form, "form#edit", Map.of("p.name", ""), "save", "p.logo@file",
                "first.png", AssetScreensTest.png(120, 60)));
        String firstKey = first.selectFirst("input[type=hidden][name=p.logo]").val();
        Document second = UiClient.html(ui.client.submitWithFile(first, "form#edit", Map.of("p.name", ""), "save", "p.logo@file",
                "second.png", AssetScreensTest.png(120, 60)));
        String secondKey = second.selectFirst("input[type=hidden][name=p.logo]").val();
        assertThat(secondKey).isNotEqualTo(firstKey);
        // the first one could be used by nobody: gone at once
        assertThat(assetNames()).containsExactly("second");

        // the editor gives up; a pending image the API put on an item meanwhile is kept, and no longer pending
        AssetKey used = AssetKey.parse(UiClient.html(ui.client.submitWithFile(UiClient.html(ui.client.get(NEW)), "form#edit", Map.of("p.name", ""),
                "save", "p.logo@file", "used.png", AssetScreensTest.png(120, 60))).selectFirst("input[type=hidden][name=p.logo]").val())
                .orElseThrow();
        Map<String, Object> alecso = new HashMap<>(ui.site.content.values("organization", "alecso"));
        alecso.put("logo", used.toString());
        ui.site.content.update("organization", "alecso", ItemInput.of(alecso), "admin");

        assertThat(pending(Duration.ofHours(23)).sweep(this::named)).isEmpty();
        assertThat(assetNames()).containsExactlyInAnyOrder("second", "used");
        assertThat(pending(Duration.ofHours(25)).sweep(this::named)).containsExactly(AssetKey.parse(secondKey).orElseThrow());
        assertThat(assetNames()).containsExactly("used");
        assertThat(pending().since(used)).isEmpty();
    }

    private boolean named(AssetKey key) {
        return !ui.site.content.assetReferrers(key.toString()).isEmpty();
    }

    private PendingAssets pending() {
        return pending(Duration.ZERO);
    }

    /** As the server's janitor, its clock {@code later} ahead. */
    private PendingAssets pending(Duration later) {
        return new PendingAssets(new AssetStore(ui.site.sessions, ui.site.locks, Clock.systemUTC()), Clock.offset(Clock.systemUTC(), later),
                PendingAssets.DEFAULT_GRACE);
    }

    private List<String> assetNames() throws Exception {
        Session s = ui.site.sessions.login(Side.AUTHOR, LightModule.DAM);
        try {
            List<String> out = new java.util.ArrayList<>();
            for (NodeIterator it = s.getRootNode().getNodes(); it.hasNext();) {
                javax.jcr.Node n = it.nextNode();
                if (n.isNodeType("mgnl:asset")) {
                    out.add(n.getName());
                }
            }
            return out;
        } finally {
            s.logout();
        }
    }
}
