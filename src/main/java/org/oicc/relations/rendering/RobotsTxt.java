package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.caching.CacheControl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /robots.txt} (RFC 9309) of the standalone site: every page may be crawled, and crawlers
 * learn where the sitemap is. The sitemap line must be an absolute URL, so it is built on the
 * site's origin ({@code --site-url}, else the connection's), like the sitemap's own links. The
 * servers' own paths (authoring, REST API, health, metrics) are asked not to be crawled: they are
 * no pages; {@code /.resources/} stays allowed, since search engines render pages with their CSS.
 * Inside Magnolia {@code /robots.txt} belongs to the site (a virtual URI mapping or the web server),
 * not to this module.
 */
final class RobotsTxt {

    static final String PATH = "/robots.txt";

    private RobotsTxt() {
    }

    static boolean answers(String uri) {
        return PATH.equals(uri);
    }

    /** The file for a site at {@code origin} + {@code contextPath}. */
    static String text(String origin, String contextPath) {
        return "User-agent: *\n"
                + "Disallow: " + contextPath + "/.author/\n"
                + "Disallow: " + contextPath + "/.rest/\n"
                + "Disallow: " + contextPath + "/.health\n"
                + "Disallow: " + contextPath + "/.metrics\n"
                + "\n"
                + "Sitemap: " + origin + contextPath + "/sitemap.xml\n";
    }

    static void answer(HttpServletRequest req, HttpServletResponse resp, String origin) throws IOException {
        byte[] body = text(origin, req.getContextPath()).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        CacheControl.set(resp, CacheControl.STATIC_FILES);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }
}
