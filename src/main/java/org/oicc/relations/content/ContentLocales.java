package org.oicc.relations.content;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.SiteDefinition;

import java.awt.ComponentOrientation;
import java.util.List;
import java.util.Locale;

/**
 * The content languages: the default is stored under the plain property name, each other one as
 * {@code <property>_<locale>} (Magnolia's DefaultI18nContentSupport convention). They come from the
 * module's site definition; nothing else names a language.
 */
public record ContentLocales(String defaultLocale, List<String> locales) {

    public ContentLocales {
        locales = List.copyOf(locales);
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale + " is not in " + locales);
        }
    }

    /** The locales of the module's site definition ({@code sites/*.yaml}, {@code i18n}). */
    public static ContentLocales of(LightModule module) {
        SiteDefinition site = module.site();
        return new ContentLocales(site.defaultLocale(), site.locales());
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

    /**
     * {@code rtl} or {@code ltr}, for HTML's {@code dir}. Magnolia's locale definition has no direction,
     * and the direction is a property of the language anyway: the JDK knows which languages are written
     * right to left (Arabic, Hebrew, Persian, Urdu, ...), so a site adding Persian needs no new key.
     * {@code ComponentOrientation} is plain data; it needs no display.
     */
    public static String direction(String locale) {
        return ComponentOrientation.getOrientation(toLocale(locale)).isLeftToRight() ? "ltr" : "rtl";
    }

    /** The language's own name for itself, as a reader looks for it ("English", "العربية", "Français"). */
    public static String displayName(String locale) {
        Locale l = toLocale(locale);
        String name = l.getDisplayName(l);
        return name.isEmpty() ? locale : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** {@code ar} or {@code de_CH}, Magnolia's locale names, as a {@link Locale}. */
    public static Locale toLocale(String locale) {
        return Locale.forLanguageTag(locale.replace('_', '-'));
    }
}
