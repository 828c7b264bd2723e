package org.oicc.relations.content;

import org.oicc.relations.definition.ValueKind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one JSON-like value into the Java value stored for a scalar kind, or reports why not
 * (returning null). Numbers and booleans are also accepted as strings, because HTML forms and
 * query strings only have strings; anything else of the wrong shape is rejected, never coerced.
 */
final class ScalarParser {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    // no NaN, Infinity or hex floats, which Double.parseDouble would accept
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ScalarParser() {
    }

    static Object parse(ValueKind kind, Object raw, String path, ProblemCollector problems) {
        return switch (kind) {
            case STRING -> text(raw, path, problems);
            case RICH_TEXT -> richText(raw, path, problems);
            case BOOLEAN -> bool(raw, path, problems);
            case LONG -> integer(raw, path, problems);
            case DOUBLE -> dbl(raw, path, problems);
            case DECIMAL -> decimal(raw, path, problems);
            case DATE -> date(raw, path, problems);
            case ASSET -> text(raw, path, problems); // checked against the dam workspace by ReferenceChecker
        };
    }

    /** Text is stored as given (no trimming, no HTML stripping); control characters cannot be edited or exported safely. */
    static String text(Object raw, String path, ProblemCollector problems) {
        if (!(raw instanceof String s)) {
            problems.add(path, "notAString");
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                problems.add(path, "controlCharacters");
                return null;
            }
        }
        return s;
    }

    /**
     * Rich text is refused, not cleaned, when it holds markup outside {@link RichTextPolicy}: what is
     * stored is exactly what was sent, and the sender learns which tags or attributes to drop.
     */
    private static String richText(Object raw, String path, ProblemCollector problems) {
        String s = text(raw, path, problems);
        if (s == null) {
            return null;
        }
        List<String> unsafe = RichTextPolicy.disallowed(s);
        if (!unsafe.isEmpty()) {
            problems.add(path, "richTextMarkup", String.join(", ", unsafe), String.join(", ", RichTextPolicy.TAGS));
            return null;
        }
        return s;
    }

    private static Boolean bool(Object raw, String path, ProblemCollector problems) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf((String) raw);
        }
        problems.add(path, "notABoolean");
        return null;
    }

    private static Long integer(Object raw, String path, ProblemCollector problems) {
        BigInteger value = null;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        } else if (raw instanceof BigInteger b) {
            value = b;
        } else if (raw instanceof String s && INTEGER.matcher(s.trim()).matches()) {
            value = new BigInteger(s.trim());
        } else if (raw instanceof Number n && !(raw instanceof Boolean)) {
            BigDecimal d = toBigDecimal(n);
            if (d != null && d.stripTrailingZeros().scale() <= 0) {
                value = d.toBigInteger();
            }
        }
        if (value == null) {
            problems.add(path, "notAnInteger");
            return null;
        }
        if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            problems.add(path, "outOfRange", String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE));
            return null;
        }
        return value.longValue();
    }

    private static Double dbl(Object raw, String path, ProblemCollector problems) {
        BigDecimal d = number(raw);
        if (d == null) {
            problems.add(path, "notANumber");
            return null;
        }
        double v = d.doubleValue();
        if (Double.isInfinite(v)) {
            problems.add(path, "outOfRange", String.valueOf(-Double.MAX_VALUE), String.valueOf(Double.MAX_VALUE));
            return null;
        }
        return v;
    }

    private static BigDecimal decimal(Object raw, String path, ProblemCollector problems) {
        BigDecimal d = number(raw);
        if (d == null) {
            problems.add(path, "notANumber");
        }
        return d;
    }

    private static BigDecimal number(Object raw) {
        if (raw instanceof Number n) {
            return toBigDecimal(n);
        }
        if (raw instanceof String s && DECIMAL.matcher(s.trim()).matches()) {
            return new BigDecimal(s.trim());
        }
        return null;
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            // Double.toString keeps what the JSON said (0.1 stays 0.1), new BigDecimal(double) would not
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return BigDecimal.valueOf(n.longValue());
    }

    /** A date alone is stored as midnight UTC so it reads back as the same calendar day everywhere. */
    private static Calendar date(Object raw, String path, ProblemCollector problems) {
        if (raw instanceof String s) {
            try {
                OffsetDateTime t = s.length() == 10
                        ? LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC)
                        : OffsetDateTime.parse(s);
                // JCR's ISO-8601 date format has four-digit years only
                if (t.getYear() >= 1 && t.getYear() <= 9999) {
                    return GregorianCalendar.from(t.toZonedDateTime());
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(path, "notADate");
        return null;
    }
}
