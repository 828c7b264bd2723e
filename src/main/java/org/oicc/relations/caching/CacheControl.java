package org.oicc.relations.caching;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place a {@code Cache-Control} header is written: how each kind of answer of the module
 * may be kept by browsers and proxies. Delivery's successful answers take the value configured
 * with {@code --cache-control}; everything else takes one of the values here.
 */
public final class CacheControl {

    /** Errors, drafts, session pages, health: kept by nobody. */
    public static final String NO_STORE = "no-store";
    /** Pages change when editors publish: caches keep them but ask each time (cheap with the ETag). */
    public static final String REVALIDATE = "no-cache";
    /** The light module's web resources change only with a deployment. */
    public static final String STATIC_FILES = "public, max-age=3600";

    private CacheControl() {
    }

    public static void set(HttpServletResponse resp, String value) {
        resp.setHeader("Cache-Control", value);
    }

    public static void noStore(HttpServletResponse resp) {
        set(resp, NO_STORE);
    }
}
