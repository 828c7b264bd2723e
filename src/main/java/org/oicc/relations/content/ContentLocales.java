package org.oicc.relations.content;

import java.util.List;

/**
 * The content languages: the default is stored under the plain property name, each other one as
 * {@code <property>_<locale>} (Magnolia's DefaultI18nContentSupport convention).
 */
public record ContentLocales(String defaultLocale, List<String> locales) {

    public ContentLocales {
        locales = List.copyOf(locales);
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale + " is not in " + locales);
        }
    }

    /** The organization's working languages: English (default), Arabic, French. */
    public static ContentLocales standard() {
        return new ContentLocales("en", List.of("en", "ar", "fr"));
    }

    /** Locales stored with a suffix, i.e. every one but the default. */
    public List<String> translations() {
        return locales.stream().filter(l -> !l.equals(defaultLocale)).toList();
    }

    public boolean isTranslation(String locale) {
        return !locale.equals(defaultLocale) && locales.contains(locale);
    }

    /** The JCR property name holding a property in a locale. */
    public String propertyName(String property, String locale) {
        return locale == null || locale.equals(defaultLocale) ? property : property + "_" + locale;
    }
}
