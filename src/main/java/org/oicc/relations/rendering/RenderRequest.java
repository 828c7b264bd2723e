package org.oicc.relations.rendering;

import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one page request renders with: its language, context path and parameters, and the public
 * sessions it opened (one per workspace, logged out by {@link #close}). Content is read through these
 * sessions while the page renders, never kept between requests: an edit shows on the next request.
 */
final class RenderRequest implements AutoCloseable {

    private final Set<String> workspaces;
    private final String language;
    private final String defaultLanguage;
    private final List<String> languages;
    private final String contextPath;
    /** {@code scheme://host[:port]} of the site ({@link SiteAddress}), for absolute links. */
    private final String origin;
    private final Map<String, String> parameters;
    private final String pagePath;
    private final SessionScope open;
    /** Shared by {@link #withParameters} copies: the status a template asked for, 0 for none. */
    private final int[] status;

    /**
     * @param workspaces the workspaces templates may read (anything else is a template error)
     * @param pagePath the path rendered, as in the URL without language prefix and {@code .html}
     *                 ({@code /organizations/iula}), for links to the same page in other languages
     */
    RenderRequest(SessionProvider sessions, Set<String> workspaces, String language, String defaultLanguage,
            List<String> languages, String contextPath, String origin, Map<String, String> parameters, String pagePath) {
        this(workspaces, language, defaultLanguage, languages, contextPath, origin, parameters, pagePath,
                SessionScope.forReading(sessions, Side.PUBLIC), new int[1]);
    }

    private RenderRequest(Set<String> workspaces, String language, String defaultLanguage, List<String> languages,
            String contextPath, String origin, Map<String, String> parameters, String pagePath, SessionScope open, int[] status) {
        this.open = open;
        this.status = status;
        this.workspaces = Set.copyOf(workspaces);
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.languages = List.copyOf(languages);
        this.contextPath = contextPath;
        this.origin = origin;
        this.parameters = Map.copyOf(parameters);
        this.pagePath = pagePath;
    }

    /**
     * The same request (and sessions) with the parameters the page resolution found, e.g. {@code item}:
     * they win over query parameters of the same name, so {@code ?item=x} cannot change what a URL names.
     */
    RenderRequest withParameters(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(parameters);
        all.putAll(more);
        return new RenderRequest(workspaces, language, defaultLanguage, languages, contextPath, origin, all, pagePath, open, status);
    }

    /**
     * What a template asks with {@code ctx.response.sendError(code)}: a page number past the last page
     * (404) or one that is no number (400). The page is then answered with the site's error page.
     */
    void sendError(int code) {
        if (code != 400 && code != 404) {
            throw new IllegalArgumentException("templates may only answer 400 or 404, not " + code);
        }
        status[0] = code;
    }

    /** The status a template asked for, or 0. */
    int errorStatus() {
        return status[0];
    }

    Session session(String workspace) throws RepositoryException {
        if (!workspaces.contains(workspace)) {
            throw new IllegalArgumentException("workspace '" + workspace + "' is not readable by templates (readable: "
                    + String.join(", ", workspaces.stream().sorted().toList()) + ")");
        }
        return open.session(workspace);
    }

    String language() {
        return language;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    List<String> languages() {
        return languages;
    }

    String contextPath() {
        return contextPath;
    }

    String origin() {
        return origin;
    }

    Map<String, String> parameters() {
        return parameters;
    }

    String pagePath() {
        return pagePath;
    }

    /** A site path ({@code /relations}) as a URL in a language: {@code <ctx>[/ar]/relations.html}. */
    String url(String path, String lang) {
        String prefix = lang.equals(defaultLanguage) ? "" : "/" + lang;
        return contextPath + prefix + path + ".html";
    }

    /** After a failed render: the sessions are logged out, not kept for the next page ({@link SessionScope#discard}). */
    void discardSessions() {
        open.discard();
    }

    @Override
    public void close() {
        open.close();
    }
}
