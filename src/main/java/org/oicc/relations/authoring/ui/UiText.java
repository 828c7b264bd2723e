package org.oicc.relations.authoring.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI's words in one language: {@link #get} for a bundle key with {@code {0}}-style arguments,
 * numbers and dates as the language writes them (Arabic with the digits its locale gives), and the
 * writing direction. Templates call it as {@code ${t("key", arg…)}}; scripts get the {@code js.*}
 * keys from the page ({@link #scriptTexts}).
 *
 * <p>Arguments are put in plainly, not through {@link java.text.MessageFormat}: an apostrophe in a
 * French or English text is then just an apostrophe, which translators would otherwise have to
 * double. Number arguments are formatted for the language, text ones are put in as given. Counts
 * take the language's plural form where the text asks for one ({@code {0,plural,one{…} other{…}}},
 * see {@link Plurals}).
 */
public final class UiText {

    /** An argument that is itself a bundle key (a role's name, a status word), put into words with the rest. */
    public record Key(String key, Object... args) {
    }

    /** @see Key */
    public static Key key(String key, Object... args) {
        return new Key(key, args);
    }

    private static final Pattern ARG = Pattern.compile("\\{(\\d)}");

    private final String language;
    private final Locale locale;
    private final Map<String, String> texts;
    private final Map<String, String> fallback;
    private final Labels labels;
    private final DateTimeFormatter when;
    private final DateTimeFormatter day;
    private final Plurals plurals;

    UiText(String language, Map<String, String> texts, Map<String, String> fallback, Labels labels) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.texts = Map.copyOf(texts);
        this.fallback = Map.copyOf(fallback);
        this.labels = labels;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
        this.plurals = new Plurals(language);
    }

    /** {@code en}, {@code ar} or {@code fr}: the {@code lang} of the pages. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code rtl} for Arabic, else {@code ltr}: the {@code dir} of the pages. */
    public String dir() {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    /** The content-type labels (light module bundles) in this language, English where one is missing. */
    public Labels labels() {
        return labels;
    }

    public boolean has(String key) {
        return texts.containsKey(key) || fallback.containsKey(key);
    }

    /**
     * The text of {@code key} with its arguments put in; a key missing in this language falls back to
     * English, a key missing everywhere shows as itself (tests compare the bundles, so it is noticed).
     */
    public String get(String key, Object... args) {
        String pattern = texts.get(key);
        if (pattern == null) {
            pattern = fallback.getOrDefault(key, key);
        }
        return args.length == 0 ? pattern : fill(pattern, args);
    }

    private String fill(String pattern, Object[] args) {
        if (Plurals.has(pattern)) {
            pattern = plurals.expand(pattern, args, this::number);
        }
        Matcher m = ARG.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = m.group(1).charAt(0) - '0';
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? format(args[i]) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String format(Object arg) {
        if (arg instanceof Key k) {
            return get(k.key(), k.args());
        }
        if (arg instanceof Number n) {
            return number(n);
        }
        if (arg instanceof OffsetDateTime t) {
            return when(t);
        }
        if (arg instanceof Instant t) {
            return when(t);
        }
        return String.valueOf(arg);
    }

    /** A number as this language writes it (grouping, digits). */
    public String number(Number n) {
        boolean fraction = n instanceof Double || n instanceof Float
                || n instanceof java.math.BigDecimal b && b.stripTrailingZeros().scale() > 0;
        NumberFormat f = fraction ? NumberFormat.getNumberInstance(locale) : NumberFormat.getIntegerInstance(locale);
        return f.format(n);
    }

    /** A moment in UTC, as this language writes date and time, with the zone named; empty for null. */
    public String when(OffsetDateTime t) {
        return t == null ? "" : get("common.utc", when.format(t.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    /** A calendar day (a relationship's "since"), as this language writes dates; empty for null. */
    public String date(java.time.LocalDate d) {
        return d == null ? "" : day.format(d);
    }

    public String when(Instant t) {
        return t == null ? "" : when(t.atOffset(ZoneOffset.UTC));
    }

    /**
     * The {@code js.*} texts, for the page's JSON block the scripts read (no English in scripts), and
     * under {@code @digits} the numbering system of this language's numbers ({@code arab} for
     * Arabic-Indic digits, else {@code latn}): browsers differ on Arabic's default digits, so the
     * scripts write numbers with the same digits as the server's pages.
     */
    Map<String, String> scriptTexts() {
        Map<String, String> out = new TreeMap<>();
        out.put("@digits", NumberFormat.getIntegerInstance(locale) instanceof java.text.DecimalFormat f
                && f.getDecimalFormatSymbols().getZeroDigit() == '\u0660' ? "arab" : "latn");
        fallback.forEach((k, v) -> {
            if (k.startsWith("js.")) {
                out.put(k, get(k));
            }
        });
        return out;
    }

    /** {@link #scriptTexts} as JSON, for {@code <body data-ui-texts>} (HTML-escaped there like any attribute). */
    String scriptJson() {
        String json = scriptJson;
        if (json == null) {
            try {
                json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(scriptTexts());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            scriptJson = json;
        }
        return json;
    }

    private volatile String scriptJson;
}
