package org.oicc.relations.dam;

/**
 * An uploaded image after {@link ImageCheck}: freshly encoded pixels only (no metadata, comments
 * or trailing bytes of the upload), with what the asset's resource records.
 */
public record CleanImage(byte[] bytes, ImageFormat format, int width, int height) {
}
