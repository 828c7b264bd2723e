package org.oicc.relations.dam;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The limits and choices of asset uploads and renditions, from the command line: the largest upload
 * in bytes, the largest image in pixels (a small file can decode to a huge image), the widths
 * renditions are made in (only these: any other would let a client fill the cache), and the bytes
 * the rendition cache may hold.
 */
public record DamSettings(long maxBytes, long maxPixels, SortedSet<Integer> renditionWidths, long cacheBytes) {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 25_000_000L;
    public static final List<Integer> DEFAULT_WIDTHS = List.of(160, 320, 640);
    public static final long DEFAULT_CACHE_BYTES = 32L * 1024 * 1024;

    public DamSettings {
        if (maxBytes < 1 || maxPixels < 1 || cacheBytes < 0) {
            throw new IllegalArgumentException("asset limits must be positive");
        }
        for (int w : renditionWidths) {
            if (w < 16 || w > 4096) {
                throw new IllegalArgumentException("a rendition width must be between 16 and 4096 pixels, not " + w);
            }
        }
        renditionWidths = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(renditionWidths));
    }

    public static DamSettings defaults() {
        return new DamSettings(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, new TreeSet<>(DEFAULT_WIDTHS), DEFAULT_CACHE_BYTES);
    }

    public DamSettings withMaxBytes(long bytes) {
        return new DamSettings(bytes, maxPixels, renditionWidths, cacheBytes);
    }

    public DamSettings withWidths(List<Integer> widths) {
        return new DamSettings(maxBytes, maxPixels, new TreeSet<>(widths), cacheBytes);
    }
}
