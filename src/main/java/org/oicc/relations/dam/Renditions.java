package org.oicc.relations.dam;

import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Width renditions of stored images, made by Thumbnailator and kept in a cache bounded in bytes
 * (least recently used first out). Only the configured widths are made, and never wider than the
 * original: a wider request is answered with the original. The key holds the asset's last change,
 * so a changed asset never meets an old rendition.
 */
public final class Renditions {

    /** A rendition's bytes and mime type. */
    public record Rendition(byte[] bytes, String mimeType) {
    }

    private record Key(String identifier, long modified, int width) {
    }

    private final DamSettings settings;
    private final Map<Key, Rendition> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    public Renditions(DamSettings settings) {
        this.settings = settings;
    }

    /** The widths renditions are made in, smallest first. */
    public java.util.SortedSet<Integer> widths() {
        return settings.renditionWidths();
    }

    public boolean isAllowedWidth(int width) {
        return settings.renditionWidths().contains(width);
    }

    /**
     * The rendition of an asset at an allowed width; empty when the original is not wider (serve it).
     *
     * @param original read only when the rendition is not cached
     */
    public Optional<Rendition> of(Asset asset, int width, Supplier<byte[]> original) {
        if (!isAllowedWidth(width)) {
            throw new IllegalArgumentException("width " + width + " is not one of " + settings.renditionWidths());
        }
        if (asset.width() <= width) {
            return Optional.empty();
        }
        Key key = new Key(asset.key().identifier(), asset.lastModified().toEpochMilli(), width);
        synchronized (this) {
            Rendition hit = cache.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Rendition made = make(original.get(), asset.mimeType(), width);
        synchronized (this) {
            if (made.bytes().length <= settings.cacheBytes() && cache.putIfAbsent(key, made) == null) {
                cachedBytes += made.bytes().length;
                for (var it = cache.entrySet().iterator(); cachedBytes > settings.cacheBytes() && it.hasNext();) {
                    cachedBytes -= it.next().getValue().bytes().length;
                    it.remove();
                }
            }
        }
        return Optional.of(made);
    }

    /** Bytes held by the cache now (for tests and metrics). */
    public synchronized long cachedBytes() {
        return cachedBytes;
    }

    private static Rendition make(byte[] original, String mimeType, int width) {
        ImageFormat format = ImageFormat.ofMimeType(mimeType).orElse(ImageFormat.PNG).stored();
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(original));
            if (source == null) {
                throw new IllegalStateException("a stored asset cannot be decoded");
            }
            BufferedImage scaled = Thumbnails.of(source).width(width).keepAspectRatio(true).asBufferedImage();
            return new Rendition(ImageCheck.encode(scaled, format), format.mimeType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a rendition", e);
        }
    }
}
