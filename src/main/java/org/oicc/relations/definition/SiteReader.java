package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code sites/*.yaml} with Magnolia's keys. Only the {@code i18n} block and {@code enabled} mean
 * something to this runtime; the other keys of a Magnolia site (templates, theme, domains, ...) are named
 * as not honoured rather than ignored, so nobody expects a theme that never comes.
 */
final class SiteReader {

    static final String FOLDER = "sites/";
    /** Stores translations as {@code <property>_<locale>}, which is what this runtime reads and writes. */
    static final String I18N_CLASS = "info.magnolia.cms.i18n.DefaultI18nContentSupport";

    private static final Set<String> SITE_KEYS = Set.of("enabled", "i18n");
    private static final Set<String> NOT_HONOURED = Set.of("class", "templates", "theme", "domains", "mappings",
            "variations", "parameters", "cors", "cssFiles", "jsFiles", "extends");
    private static final Set<String> I18N_KEYS = Set.of("class", "enabled", "fallbackLocale", "defaultLocale", "locales");
    private static final Set<String> LOCALE_KEYS = Set.of("language", "country", "enabled");

    private final Problems problems;

    SiteReader(Problems problems) {
        this.problems = problems;
    }

    static boolean isSiteFile(String file) {
        return file.startsWith(FOLDER);
    }

    Optional<SiteDefinition> read(String file, YamlNode root) {
        YamlMapping f = YamlMapping.of(root, "a site definition", problems);
        if (f == null) {
            return Optional.empty();
        }
        String name = file.substring(FOLDER.length(), file.lastIndexOf('.'));
        String where = "site definition " + name;
        for (String key : f.mapping().entries().keySet()) {
            if (NOT_HONOURED.contains(key)) {
                problems.add(f.locationOf(key), "'" + key + "' of a Magnolia site is not honoured by this runtime in " + where);
            } else if (!SITE_KEYS.contains(key)) {
                problems.add(f.locationOf(key), "unknown key '" + key + "' in " + where + " (known: enabled, i18n)");
            }
        }
        if (!f.bool("enabled", true)) {
            problems.add(f.locationOf("enabled"), where + " is disabled: this runtime serves the module's one site");
            return Optional.empty();
        }
        if (!f.has("i18n")) {
            return Optional.of(single(name, SiteDefinition.WITHOUT_SITE.defaultLocale(), f.location()));
        }
        YamlMapping i18n = YamlMapping.of(f.node("i18n"), "'i18n'", problems);
        if (i18n == null) {
            return Optional.empty();
        }
        i18n.allowOnly(I18N_KEYS, "i18n of " + where);
        String type = i18n.requiredString("class", "i18n of " + where);
        if (type != null && !I18N_CLASS.equals(type)) {
            problems.add(i18n.locationOf("class"), "i18n class '" + type + "' is not supported (supported: " + I18N_CLASS
                    + ", which stores translations as <property>_<locale>)");
        }
        String fallback = i18n.requiredString("fallbackLocale", "i18n of " + where);
        String preferred = i18n.string("defaultLocale", fallback);
        if (fallback != null && !fallback.equals(preferred)) {
            // the plain property holds the fallback locale; serving another one by default would need both
            problems.add(i18n.locationOf("defaultLocale"), "defaultLocale '" + preferred + "' must equal fallbackLocale '"
                    + fallback + "': this runtime serves untranslated requests in the locale stored without suffix");
        }
        if (fallback == null) {
            return Optional.empty();
        }
        if (!i18n.bool("enabled", false)) {
            return Optional.of(single(name, fallback, f.location()));
        }
        List<String> locales = locales(i18n, where);
        if (!locales.contains(fallback)) {
            problems.add(i18n.locationOf("fallbackLocale"), "fallbackLocale '" + fallback + "' is not an enabled locale of "
                    + where + " (enabled: " + String.join(", ", locales) + ")");
            return Optional.empty();
        }
        // the fallback first: listings (language links, form tabs) start with the locale stored plainly
        List<String> ordered = new ArrayList<>(List.of(fallback));
        locales.stream().filter(l -> !l.equals(fallback)).forEach(ordered::add);
        return Optional.of(new SiteDefinition(name, fallback, ordered, f.location()));
    }

    private static SiteDefinition single(String name, String locale, Location at) {
        return new SiteDefinition(name, locale, List.of(locale), at);
    }

    /** {@code locales: {en: {language: en, enabled: true}, ...}}: a locale is language, or language_COUNTRY. */
    private List<String> locales(YamlMapping i18n, String where) {
        List<String> out = new ArrayList<>();
        if (!i18n.has("locales")) {
            problems.add(i18n.location(), "missing required key 'locales' in i18n of " + where);
            return out;
        }
        YamlMapping locales = YamlMapping.of(i18n.node("locales"), "'locales'", problems);
        if (locales == null) {
            return out;
        }
        for (Map.Entry<String, YamlNode> e : locales.mapping().entries().entrySet()) {
            YamlMapping l = YamlMapping.of(e.getValue(), "locale '" + e.getKey() + "'", problems);
            if (l == null) {
                continue;
            }
            l.allowOnly(LOCALE_KEYS, "locale '" + e.getKey() + "'");
            String language = l.requiredString("language", "locale '" + e.getKey() + "'");
            if (language == null || !l.bool("enabled", true)) {
                continue;
            }
            if (!language.matches("[a-z]{2,3}")) {
                problems.add(l.locationOf("language"), "language '" + language + "' must be an ISO 639 code such as en");
                continue;
            }
            String country = l.string("country", "");
            if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
                problems.add(l.locationOf("country"), "country '" + country + "' must be an ISO 3166 code such as EG");
                continue;
            }
            String locale = country.isEmpty() ? language : language + "_" + country;
            if (out.contains(locale)) {
                problems.add(l.location(), "locale '" + locale + "' is enabled twice in " + where);
            } else {
                out.add(locale);
            }
        }
        if (out.isEmpty()) {
            problems.add(locales.location(), where + " enables no locale");
        }
        return out;
    }
}
