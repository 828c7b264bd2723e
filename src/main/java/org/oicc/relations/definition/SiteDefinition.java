package org.oicc.relations.definition;

import java.util.List;

/**
 * The module's site ({@code sites/<name>.yaml}): the content locales of its {@code i18n} block, the
 * first of them the default (stored under the plain property name), and its home page. Magnolia maps a
 * site to the website root page of the same name, so the home page is {@code /<name>}.
 */
public record SiteDefinition(String name, String defaultLocale, List<String> locales, Location location) {

    /**
     * A module without a site definition, as Magnolia runs one: i18n off, content in the fallback
     * locale only ({@code en}, Magnolia's own default), home at the root.
     */
    public static final SiteDefinition WITHOUT_SITE = new SiteDefinition(null, "en", List.of("en"), Location.of("sites/"));

    public SiteDefinition {
        locales = List.copyOf(locales);
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale + " is not among " + locales);
        }
    }

    /** The path of the site's root page in the website workspace ({@code /relations}), or {@code /}. */
    public String homePage() {
        return name == null ? "/" : "/" + name;
    }
}
