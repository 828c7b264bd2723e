package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * ETags from the bytes sent, and the {@code If-None-Match} test, for web resources: their bytes are
 * at hand before anything is sent, so a digest of them is the simplest exact validator. Pages take
 * theirs from the change tracker instead ({@link PageCaching}), which knows before rendering.
 */
public final class HttpCaching {

    private HttpCaching() {
    }

    public static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String etag(String body) {
        return etag(body.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the client's {@code If-None-Match} lists this ETag (weak comparison, as for GET). */
    public static boolean notModified(HttpServletRequest req, String etag) {
        String header = req.getHeader("If-None-Match");
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
