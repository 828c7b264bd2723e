package org.oicc.relations.dam;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * WebP uploads (lossless and lossy, made by libwebp's cwebp from a 300 × 150 logo with a
 * transparent top-left corner) are decoded by TwelveMonkeys' reader and stored as PNG with their
 * pixels and transparency; other RIFF files, broken WebP and SVG are still refused.
 */
class WebpImageCheckTest {

    private final ImageCheck check = new ImageCheck(DamSettings.defaults());

    @Test
    void aLosslessWebpIsStoredAsPngWithItsSizeAndTransparency() throws Exception {
        CleanImage clean = check.check(fixture("logo-lossless.webp"));

        assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
        assertThat(clean.width()).isEqualTo(300);
        assertThat(clean.height()).isEqualTo(150);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(Arrays.copyOf(clean.bytes(), 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(stored.getRGB(5, 5) >>> 24).as("the transparent corner").isZero();
        assertThat(stored.getRGB(290, 140)).as("the green ground").isEqualTo(0xFF006E50);
        assertThat(stored.getRGB(150, 75)).as("the white oval").isEqualTo(0xFFFFFFFF);
    }

    @Test
    void aLossyWebpWithAnAlphaChunkIsStoredAsPng() throws Exception {
        CleanImage clean = check.check(fixture("logo-lossy.webp"));

        assertThat(clean.format()).isEqualTo(ImageFormat.PNG);
        assertThat(clean.width()).isEqualTo(300);
        assertThat(clean.height()).isEqualTo(150);
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(stored.getRGB(5, 5) >>> 24).isZero();
        int ground = stored.getRGB(290, 140);
        assertThat(ground >>> 24).isEqualTo(0xFF);
        assertThat((ground >> 8) & 0xFF).as("green, within lossy error").isBetween(0x64, 0x78);
    }

    @Test
    void aRiffFileThatIsNoWebpIsRefusedAsNoImage() {
        byte[] wave = "RIFF\u0024\0\0\0WAVEfmt \u0010\0\0\0".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> check.check(wave)).isInstanceOfSatisfying(AssetRefused.class, e -> {
            assertThat(e.status()).isEqualTo(415);
            assertThat(e.key()).isEqualTo("unsupportedImageType");
            assertThat(e.getMessage()).contains("PNG, JPEG, GIF or WebP");
        });
    }

    @Test
    void aTruncatedWebpIsRefusedAsUnreadable() throws Exception {
        byte[] whole = fixture("logo-lossy.webp");
        byte[] cut = Arrays.copyOf(whole, 60);

        assertThatThrownBy(() -> check.check(cut)).isInstanceOfSatisfying(AssetRefused.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.key()).isEqualTo("unreadableImage");
            assertThat(e.args()).containsExactly("WEBP");
        });
    }

    @Test
    void svgIsStillRefused() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> check.check(svg)).isInstanceOfSatisfying(AssetRefused.class,
                e -> assertThat(e.key()).isEqualTo("svgNotAccepted"));
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebpImageCheckTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
