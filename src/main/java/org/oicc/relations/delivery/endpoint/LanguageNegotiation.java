package org.oicc.relations.delivery.endpoint;

import org.oicc.relations.content.ContentLocales;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the answer's language: {@code lang} beats {@code Accept-Language} (q-weights honoured,
 * {@code *} accepted), and a region variant matches its language ({@code ar-SA} → {@code ar}). A
 * well-formed language the module does not hold falls back to the default, as Magnolia falls back
 * to the site's default locale; a malformed {@code lang} is a 400.
 */
public final class LanguageNegotiation {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private LanguageNegotiation() {
    }

    public static Language choose(String lang, String acceptLanguage, ContentLocales locales) {
        if (lang != null) {
            if ("all".equals(lang)) {
                return Language.ALL;
            }
            if (!TAG.matcher(lang).matches()) {
                throw DeliveryException.badParameter("lang", "must be a language tag such as en, ar, fr, or all; found '"
                        + Printable.of(lang) + "'");
            }
            return Language.of(supported(lang, locales));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return Language.of(fromHeader(acceptLanguage, locales));
        }
        return Language.of(locales.defaultLocale());
    }

    private static String supported(String tag, ContentLocales locales) {
        String language = tag.toLowerCase(Locale.ROOT).split("-")[0];
        return locales.locales().contains(language) ? language : locales.defaultLocale();
    }

    /** The supported language with the highest q; ties go to the earlier entry. Malformed entries are skipped. */
    private static String fromHeader(String header, ContentLocales locales) {
        String best = null;
        double bestQ = 0;
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces.length == 0) {
                continue; // ";" alone: an entry with no language at all
            }
            String tag = pieces[0].trim();
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String candidate = "*".equals(tag) ? locales.defaultLocale()
                    : TAG.matcher(tag).matches() && locales.locales().contains(tag.toLowerCase(Locale.ROOT).split("-")[0])
                    ? tag.toLowerCase(Locale.ROOT).split("-")[0] : null;
            if (candidate != null && q > bestQ) {
                best = candidate;
                bestQ = q;
            }
        }
        return best == null ? locales.defaultLocale() : best;
    }
}
