package org.oicc.relations.dam;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * Accepts an upload only as an image of a known format, and stores only its pixels: the image is
 * decoded and encoded again by the JDK's ImageIO, so comments, metadata, a script after the image
 * data or a second file glued to the end never reach the repository or a browser. SVG is refused:
 * it is a document that can carry script, not pixels.
 */
public final class ImageCheck {

    private final DamSettings settings;

    public ImageCheck(DamSettings settings) {
        this.settings = settings;
    }

    public CleanImage check(byte[] upload) throws AssetRefused {
        if (upload.length == 0) {
            throw new AssetRefused(400, "emptyFile", "The file is empty; choose an image file (PNG, JPEG, GIF or WebP).", "emptyFile");
        }
        if (upload.length > settings.maxBytes()) {
            throw new AssetRefused(413, "fileTooLarge", "The file is " + size(upload.length) + "; images may be at most "
                    + size(settings.maxBytes()) + ".", "fileTooLarge", size(upload.length), size(settings.maxBytes()));
        }
        ImageFormat format = ImageFormat.sniff(upload).orElseThrow(() -> notAnImage(upload));
        BufferedImage image = decode(upload, format);
        byte[] clean = encode(image, format.stored());
        return new CleanImage(clean, format.stored(), image.getWidth(), image.getHeight());
    }

    private static AssetRefused notAnImage(byte[] upload) {
        String start = new String(upload, 0, Math.min(upload.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (start.contains("<svg") || start.contains("<?xml")) {
            return new AssetRefused(415, "svgNotAccepted", "SVG images are not accepted: an SVG file can carry scripts. "
                    + "Save the logo as PNG (or JPEG) and upload that.", "svgNotAccepted");
        }
        return new AssetRefused(415, "unsupportedImageType", "This file is not a PNG, JPEG, GIF or WebP image; only those are accepted.",
                "unsupportedImageType");
    }

    /** The first image, after checking its size in pixels from the header (before any pixel is decoded). */
    private BufferedImage decode(byte[] upload, ImageFormat format) throws AssetRefused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = readers(format);
            if (!readers.hasNext()) {
                throw unreadable(format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > settings.maxPixels()) {
                    throw new AssetRefused(413, "imageTooLarge", "The image is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels; images may have at most " + settings.maxPixels() + " pixels. Make it smaller and upload it again.",
                            "imageTooLarge", reader.getWidth(0), reader.getHeight(0), settings.maxPixels());
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw unreadable(format);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated file, a broken chunk, a colour model ImageIO does not read (CMYK JPEG)
            throw unreadable(format);
        }
    }

    /**
     * ImageIO finds plugins (WebP) on the class path it saw first; inside a web application the
     * plugin jar may sit in a class loader it has not scanned yet, so it scans once more on a miss.
     */
    private static Iterator<ImageReader> readers(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            ImageIO.scanForPlugins();
            readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        }
        return readers;
    }

    private static AssetRefused unreadable(ImageFormat format) {
        return new AssetRefused(400, "unreadableImage", "This " + format.name() + " file cannot be read as an image "
                + "(it may be damaged or use an unusual colour model); save it again as PNG and upload that.", "unreadableImage",
                format.name());
    }

    /** A fresh file from the pixels: ImageIO's writers add no text chunks or comments of their own. */
    static byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage pixels = format == ImageFormat.JPEG ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** JPEG has no alpha: an image with one is drawn onto white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
