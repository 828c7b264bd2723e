package org.oicc.relations.rendering;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.repository.ClientPaths;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A page URL taken apart: {@code /ar/organizations/iula.html} is language {@code ar} and path
 * {@code /organizations/iula}. Only plain names are accepted ({@link ClientPaths.Rule#PAGE}: no
 * escapes, no dots, no empty segments), so a path can never leave the website workspace or name a property.
 */
record PagePath(String language, String path) {

    static final String EXTENSION = ".html";
    private static final int MAX_SEGMENTS = 16;

    /** @param uri the request path without context path, as sent (not decoded) */
    static Optional<PagePath> parse(String uri, ContentLocales locales) {
        if (uri == null || !uri.startsWith("/") || !uri.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        List<String> segments = Arrays.asList(uri.substring(1, uri.length() - EXTENSION.length()).split("/", -1));
        String language = locales.defaultLocale();
        if (segments.size() > 1 && locales.locales().contains(segments.get(0))) {
            language = segments.get(0);
            segments = segments.subList(1, segments.size());
        }
        if (segments.size() > MAX_SEGMENTS || !segments.stream().allMatch(ClientPaths.Rule.PAGE::allows)) {
            return Optional.empty();
        }
        return Optional.of(new PagePath(language, "/" + String.join("/", segments)));
    }

    /** The language a URL asks for, also when it names no page: the 404 page speaks it. */
    static String languageOf(String uri, ContentLocales locales) {
        if (uri != null && uri.length() > 1) {
            String first = uri.substring(1).split("/", 2)[0];
            if (locales.locales().contains(first)) {
                return first;
            }
        }
        return locales.defaultLocale();
    }
}
