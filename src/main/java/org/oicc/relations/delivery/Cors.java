package org.oicc.relations.delivery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-origin reads from browsers, for the configured origins only (none by default, {@code *}
 * for any). Only GET and HEAD are offered; credentials are not, so {@code *} is safe to send.
 */
final class Cors {

    static final String ALLOW_METHODS = "GET, HEAD";
    /** Beyond the CORS-safelisted ones: what a client needs to revalidate with ETags and dates. */
    static final String ALLOW_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since";
    static final String MAX_AGE_SECONDS = "600";

    private final boolean anyOrigin;
    private final Set<String> origins;

    Cors(List<String> configured) {
        anyOrigin = configured.contains("*");
        origins = configured.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** What {@code Access-Control-Allow-Origin} says to this origin, if anything. */
    Optional<String> allowedOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        if (anyOrigin) {
            return Optional.of("*");
        }
        return origins.contains(origin.toLowerCase(Locale.ROOT)) ? Optional.of(origin) : Optional.empty();
    }

    /** For answers to GET and HEAD, errors included, so a browser script can read why it failed. */
    void addHeaders(HttpServletRequest req, HttpServletResponse resp) {
        allowedOrigin(req.getHeader("Origin")).ifPresent(origin -> {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            // ETag is not a CORS-safelisted response header; without this a script cannot revalidate
            resp.setHeader("Access-Control-Expose-Headers", "ETag");
        });
    }

    static boolean isPreflight(HttpServletRequest req) {
        return req.getHeader("Origin") != null && req.getHeader("Access-Control-Request-Method") != null;
    }

    /** @return false when the origin or the method may not be used, and nothing was added */
    boolean addPreflightHeaders(HttpServletRequest req, HttpServletResponse resp) {
        String method = req.getHeader("Access-Control-Request-Method").trim();
        Optional<String> origin = allowedOrigin(req.getHeader("Origin"));
        if (origin.isEmpty() || !(method.equals("GET") || method.equals("HEAD"))) {
            return false;
        }
        resp.setHeader("Access-Control-Allow-Origin", origin.get());
        resp.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
        resp.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
        resp.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
        return true;
    }
}
