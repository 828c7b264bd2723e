package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.Collections;

/**
 * {@code If-None-Match} and {@code If-Modified-Since} for GET and HEAD (RFC 9110 §13.1.2, §13.1.3),
 * the only place they are read. {@code If-None-Match} is a list of entity tags compared weakly
 * ({@code W/} is ignored), or {@code *} as the whole header ("any current representation"; a
 * {@code *} inside a list is malformed); it wins when both are sent. An unreadable date is ignored,
 * as the RFC says; an unreadable entity-tag list matches nothing, so the client simply gets the full
 * answer.
 */
public final class ConditionalRequest {

    private ConditionalRequest() {
    }

    /** {@code If-None-Match: *}: "any current answer", true only once the answer is known to exist. */
    public static boolean isStar(HttpServletRequest req) {
        String header = req.getHeader("If-None-Match");
        return header != null && header.trim().equals("*");
    }

    /** True when the client's copy is current and a 304 answers the request. */
    public static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        if (req.getHeader("If-None-Match") != null) {
            return notModified(req, etag);
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        if (since > System.currentTimeMillis()) {
            return false; // a date later than now is invalid (RFC 9110 13.1.3): ignored, or a wrong clock keeps stale copies for good
        }
        // HTTP dates have whole seconds: compare at that precision, or nothing would ever be "not modified"
        return since >= 0 && lastModified.getEpochSecond() <= Math.floorDiv(since, 1000);
    }

    /** If-None-Match alone, for answers without a modification date (files tagged by their bytes). */
    public static boolean notModified(HttpServletRequest req, String etag) {
        return req.getHeader("If-None-Match") != null
                && anyMatches(String.join(",", Collections.list(req.getHeaders("If-None-Match"))), etag);
    }

    /** Weak comparison (only the opaque part counts, {@code W/} is ignored), as If-None-Match requires. */
    public static boolean anyMatches(String header, String etag) {
        String list = header.trim();
        if ("*".equals(list)) {
            return true;
        }
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (list.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= list.length() || list.charAt(i) != '"') {
                return false;
            }
            int end = list.indexOf('"', i + 1);
            if (end < 0) {
                return false;
            }
            if (list.substring(i, end + 1).equals(etag)) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }
}
