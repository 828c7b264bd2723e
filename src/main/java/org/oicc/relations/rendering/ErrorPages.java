package org.oicc.relations.rendering;

import org.oicc.relations.content.ContentLocales;

/**
 * The pages a visitor sees when there is no page (404) or rendering failed (500): in the language
 * of the URL, styled like the site, and saying nothing about the cause. They are built without
 * templates so they work when a template is what broke.
 */
final class ErrorPages {

    private final Messages messages;

    ErrorPages(Messages messages) {
        this.messages = messages;
    }

    String notFound(String language, String contextPath, String homeUrl) {
        return page(language, contextPath, "oicc-relations.page.notFound.title", "oicc-relations.page.notFound.text", homeUrl);
    }

    /** A query parameter the page cannot take, e.g. {@code ?page=abc}. */
    String badRequest(String language, String contextPath, String homeUrl) {
        return page(language, contextPath, "oicc-relations.page.badRequest.title", "oicc-relations.page.badRequest.text", homeUrl);
    }

    String serverError(String language, String contextPath, String homeUrl) {
        return page(language, contextPath, "oicc-relations.page.error.title", "oicc-relations.page.error.text", homeUrl);
    }

    private String page(String language, String contextPath, String titleKey, String textKey, String homeUrl) {
        String title = escape(messages.get(language, titleKey));
        String site = escape(messages.get(language, "oicc-relations.site.name"));
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\" dir=\"" + ContentLocales.direction(language) + "\">\n"
                + "<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <title>" + title + " – " + site + "</title>\n"
                + "  <link rel=\"stylesheet\" href=\"" + escape(contextPath) + "/.resources/oicc-relations/webresources/css/relations.css\">\n"
                + "  <link rel=\"icon\" type=\"image/svg+xml\" href=\"" + escape(contextPath) + "/.resources/oicc-relations/webresources/img/favicon.svg\">\n"
                + "</head>\n<body>\n  <header class=\"site-header\"><p class=\"site-name\">" + site + "</p></header>\n"
                + "  <main id=\"main\" class=\"content\">\n    <h1>" + title + "</h1>\n"
                + "    <p>" + escape(messages.get(language, textKey)) + "</p>\n"
                + "    <p><a href=\"" + escape(homeUrl) + "\">" + escape(messages.get(language, "oicc-relations.page.home")) + "</a></p>\n"
                + "  </main>\n</body>\n</html>\n";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
