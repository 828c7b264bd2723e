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
 * (HTTP Basic or the authoring session) is authenticated and, for an editor, answered with drafts;
 * a request without any is let through to the published side or refused. Which of these a filter
 * does is said where it is made: {@link #draftsForEditors}, {@link #editorsOnly}, {@link #gate}.
 * Drafts are served by the drafts' {@link Site}, which lets no cache keep them.
 */
final class PreviewFilter implements Filter {

    private final Authentication auth;
    private final JsonIO io;
    /** Answers editors; null: editors go on down the chain (to servlets that serve drafts). */
    private final HttpServlet drafts;
    private final boolean anonymousAllowed;

    private PreviewFilter(Authentication auth, JsonIO io, HttpServlet drafts, boolean anonymousAllowed) {
        this.auth = auth;
        this.io = io;
        this.drafts = drafts;
        this.anonymousAllowed = anonymousAllowed;
    }

    /** Editors get the drafts servlet's answer, anonymous requests the published one. */
    static PreviewFilter draftsForEditors(Authentication auth, JsonIO io, HttpServlet drafts) {
        return new PreviewFilter(auth, io, drafts, true);
    }

    /** Editors get the drafts servlet's answer; anonymous requests are refused (an author-only instance). */
    static PreviewFilter editorsOnly(Authentication auth, JsonIO io, HttpServlet drafts) {
        return new PreviewFilter(auth, io, drafts, false);
    }

    /** Only editors pass, on to the servlets behind the filter; everyone else is refused. */
    static PreviewFilter gate(Authentication auth, JsonIO io) {
        return new PreviewFilter(auth, io, null, false);
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
                io.error(resp, new ApiError(401, "notAuthorized", "this is an author instance: log in to preview content"));
            }
            return;
        }
        try {
            auth.require(req, Role.EDITOR);
        } catch (ApiError e) {
            io.error(resp, e);
            return;
        }
        if (drafts == null) {
            chain.doFilter(req, resp);
        } else {
            drafts.service(req, resp);
        }
    }
}
