package org.oicc.relations.dam;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats an upload may be, recognised by their first bytes (never by the name or the
 * type the browser claims), and what each is stored as: GIF and WebP become PNG, which keeps their
 * transparency (only the first frame of an animation is kept). WebP is read by TwelveMonkeys'
 * ImageIO plugin, which has no writer; PNG rather than JPEG because logos are flat colours with
 * transparent edges (lossless, alpha kept), and every browser and Thumbnailator's renditions handle it.
 */
public enum ImageFormat {
    PNG("image/png", "png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif", "gif"),
    WEBP("image/webp", "webp", "webp");

    private final String mimeType;
    private final String extension;
    private final String imageIoName;

    ImageFormat(String mimeType, String extension, String imageIoName) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.imageIoName = imageIoName;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** The name ImageIO's writers know the format by. */
    String imageIoName() {
        return imageIoName;
    }

    /** What an image of this format is stored as after re-encoding. */
    public ImageFormat stored() {
        return this == GIF || this == WEBP ? PNG : this;
    }

    /** The stored format of a mime type written on a resource; empty for anything not stored by us. */
    public static Optional<ImageFormat> ofMimeType(String mimeType) {
        return Arrays.stream(values()).filter(f -> f.mimeType.equals(mimeType) && f != WEBP).findFirst();
    }

    /** The format of the first bytes, if one of ours. */
    static Optional<ImageFormat> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        // RIFF container: "RIFF", 4 bytes of length, "WEBP"
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
