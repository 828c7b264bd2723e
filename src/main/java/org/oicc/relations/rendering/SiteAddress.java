package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where visitors reach the site: the origin ({@code https://www.oicc.org}) in front of every absolute
 * URL the pages and the sitemap write (canonical, hreflang alternates, sitemap locations).
 *
 * <p>Either configured ({@code serve --site-url}), the right choice behind a proxy or CDN, or, without
 * one, the address of the connection the server accepted (its own listening address and port, as
 * the socket reports it). Never the request's {@code Host} header: the pages are cached, and a
 * forged Host would otherwise write a foreign origin into the canonical links of a page the cache
 * then gives to everyone (cache poisoning), or fill the cache with one copy per invented host.
 */
public final class SiteAddress {

    private static final SiteAddress CONNECTION = new SiteAddress(null);

    /** null: the connection's own address. */
    private final String origin;

    private SiteAddress(String origin) {
        this.origin = origin;
    }

    /** The origin of the connection each request arrived on (the server's own address). */
    public static SiteAddress ofConnection() {
        return CONNECTION;
    }

    /**
     * A configured origin.
     *
     * @param siteUrl {@code http(s)://host[:port]}, optionally with a trailing slash; nothing else
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static SiteAddress of(String siteUrl) {
        URI uri;
        try {
            uri = new URI(siteUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + siteUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http:// or https:// URL with a host: " + siteUrl);
        }
        boolean pathless = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!pathless || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must be an origin only (scheme, host, port), without path, query or user: "
                    + siteUrl);
        }
        return new SiteAddress(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    /** {@code scheme://host[:port]}, without a slash at the end. */
    String origin(HttpServletRequest req) {
        if (origin != null) {
            return origin;
        }
        String host = req.getLocalAddr();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String scheme = req.isSecure() ? "https" : "http";
        int port = req.getLocalPort();
        boolean usual = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (usual ? "" : ":" + port);
    }

    @Override
    public String toString() {
        return origin == null ? "the connection's address" : origin;
    }
}
