package org.oicc.relations.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oicc.relations.authoring.http.ApiError;
import org.oicc.relations.authoring.http.Authentication;
import org.oicc.relations.authoring.http.JsonIO;
import org.oicc.relations.authoring.users.Role;

import java.io.IOException;

/**
 * Drafts for editors, published content for everyone else. A request that carries credentials
 * (HTTP Basic or the authoring session) is authenticated and, for an editor, answered by the
 * preview servlet over the author repository (or, with no preview servlet, let through as a gate),
 * never stored by any cache; anonymous requests go on to the public servlet, or are refused where
 * the instance has no public content (author only).
 */
final class PreviewFilter implements Filter {

    private final Authentication auth;
    private final HttpServlet preview;
    private final JsonIO io;
    private final boolean anonymousAllowed;

    PreviewFilter(Authentication auth, HttpServlet preview, JsonIO io, boolean anonymousAllowed) {
        this.auth = auth;
        this.preview = preview;
        this.io = io;
        this.anonymousAllowed = anonymousAllowed;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean credentials = req.getHeader("Authorization") != null || auth.session(req).isPresent();
        if (!credentials) {
            if (anonymousAllowed) {
                chain.doFilter(request, response);
            } else {
                io.error(new NoStoreResponse(resp), new ApiError(401, "notAuthorized",
                        "this is an author instance: log in to preview content"));
            }
            return;
        }
        try {
            auth.require(req, Role.EDITOR);
        } catch (ApiError e) {
            io.error(new NoStoreResponse(resp), e);
            return;
        }
        if (preview == null) {
            chain.doFilter(req, new NoStoreResponse(resp));
        } else {
            preview.service(req, new NoStoreResponse(resp));
        }
    }
}
