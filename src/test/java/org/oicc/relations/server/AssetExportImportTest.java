package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.dam.Asset;
import org.oicc.relations.dam.AssetStore;
import org.oicc.relations.dam.DamSettings;
import org.oicc.relations.dam.ImageCheck;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assets survive {@code export} and {@code import FOLDER}: the dam workspace is written as Magnolia
 * YAML with the binary as {@code !binary} base64 and read back byte for byte, before the items that
 * name it; an imported asset whose binary is not the image it claims is rejected with file and line.
 */
class AssetExportImportTest {

    @TempDir
    Path temp;

    @Test
    void anAssetAndTheItemNamingItRoundTripAndAForgedAssetIsRejected() throws Exception {
        Path source = TestSite.seededDataFolder(temp.resolve("source"));
        Asset asset;
        byte[] bytes;
        try (TestSite site = TestSite.builder().combined().existingData().start(source)) {
            AssetStore store = new AssetStore(site.sessions, site.locks, Clock.systemUTC());
            asset = store.create("IULA logo.png", new ImageCheck(DamSettings.defaults()).check(AssetsHttpTest.png(64, 32)),
                    Map.of("alt", "IULA logo", "alt_fr", "Logo de l’IULA"), "editor");
            bytes = store.data(Side.AUTHOR, asset.key()).orElseThrow();
            site.content.update("organization", "iula", ItemInput.of(Map.of("logo", asset.key().toString())), "editor");
        }
        Path folder = temp.resolve("exported");
        assertThat(ImportJsonLinesTest.run("export", "--workspace", "dam", "--out", folder.toString(), "--data", source.toString()).exit())
                .isZero();
        Path items = temp.resolve("items");
        assertThat(ImportJsonLinesTest.run("export", "--workspace", "organizations", "--out", items.toString(),
                "--data", source.toString()).exit()).isZero();
        // one folder, as export --all writes a backup: the assets sort before the items that name them
        try (var files = Files.list(items)) {
            for (Path f : files.toList()) {
                Files.move(f, folder.resolve(f.getFileName()));
            }
        }
        Path damFile = folder.resolve("dam.iula-logo.yaml");
        assertThat(Files.readString(damFile)).contains("'jcr:primaryType': 'mgnl:asset'", "'jcr:content':",
                "'jcr:primaryType': 'mgnl:resource'", "'jcr:data': !binary ", "'alt_fr': 'Logo de l’IULA'");

        Path target = TestSite.seededDataFolder(temp.resolve("target"));
        ImportJsonLinesTest.Result imported = ImportJsonLinesTest.run("import", folder.toString(), "--replace", "--data", target.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        try (TestSite site = TestSite.builder().combined().existingData().start(target)) {
            AssetStore store = new AssetStore(site.sessions, site.locks, Clock.systemUTC());
            assertThat(store.data(Side.AUTHOR, asset.key())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            assertThat(store.read(Side.AUTHOR, asset.key()).orElseThrow().alt()).isEqualTo(asset.alt());
            assertThat(site.content.values("organization", "iula").get("logo")).isEqualTo(asset.key().toString());
        }

        String forged = Files.readString(damFile).replaceAll("'jcr:data': !binary \\S+", "'jcr:data': !binary "
                + Base64.getEncoder().encodeToString("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII)));
        Files.writeString(damFile, forged.replace("iula-logo", "forged"));
        Files.move(damFile, folder.resolve("dam.forged.yaml"));
        Path third = TestSite.seededDataFolder(temp.resolve("third"));
        ImportJsonLinesTest.Result refused = ImportJsonLinesTest.run("import", folder.resolve("dam.forged.yaml").getParent().toString(),
                "--data", third.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("rejected dam.forged.yaml:1: /forged: jcr:content/jcr:data: This file is not a PNG, JPEG, GIF or WebP image");
    }
}
