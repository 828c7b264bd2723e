package org.oicc.relations.server;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response that is never stored by browsers or proxies, whatever the servlet behind it says:
 * previews show drafts, which must not be served to anyone from a cache. Validators are dropped
 * too, since a draft's ETag means nothing to a shared cache.
 */
final class NoStoreResponse extends HttpServletResponseWrapper {

    NoStoreResponse(HttpServletResponse response) {
        super(response);
        response.setHeader("Cache-Control", "no-store");
    }

    @Override
    public void setHeader(String name, String value) {
        if (!controlled(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!controlled(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!controlled(name)) {
            super.setDateHeader(name, date);
        }
    }

    private static boolean controlled(String name) {
        return "Cache-Control".equalsIgnoreCase(name) || "ETag".equalsIgnoreCase(name) || "Last-Modified".equalsIgnoreCase(name)
                || "Expires".equalsIgnoreCase(name);
    }
}
