package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.definition.ValueKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Filter values typed for the property they are compared with, so that numbers compare as numbers
 * and dates as instants. Only Magnolia's two date shapes are accepted: {@code yyyy-MM-dd} (a whole
 * day, UTC) and {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX} (an instant). Anything malformed is a 400 naming
 * the parameter.
 */
final class FilterValues {

    /** A value to compare with as it is: Long, Double, BigDecimal, Calendar, Boolean or String. */
    record Exact(Object value) implements Typed {
    }

    /** A date without time: the day from {@code start} (inclusive) to {@code end} (exclusive). */
    record Day(Calendar start, Calendar end) implements Typed {
    }

    /** {@code from~to} of {@code in}/{@code not-in}; both ends inclusive. */
    record Range(Typed from, Typed to) implements Typed {
    }

    /** A {@link LikePattern} for {@code like}, whatever the property holds. */
    sealed interface Typed permits Exact, Day, Range, LikePattern {
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    // no NaN, Infinity or hex floats, which Double.parseDouble would accept
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,300}(\\.\\d{0,300})?|\\.\\d{1,300})([eE][+-]?\\d{1,3})?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withResolverStyle(ResolverStyle.STRICT);

    private FilterValues() {
    }

    /** One alternative of a filter; a range for {@code in}/{@code not-in}. */
    static Typed parse(String parameter, Operator op, ValueKind kind, String text) {
        if (op == Operator.IN || op == Operator.NOT_IN) {
            int tilde = text.indexOf('~');
            if (tilde < 0 || tilde != text.lastIndexOf('~')) {
                throw DeliveryException.badParameter(Printable.of(parameter), "'" + Printable.of(text)
                        + "' is not a range; write from~to with exactly one '~'");
            }
            return new Range(scalar(parameter, kind, text.substring(0, tilde)),
                    scalar(parameter, kind, text.substring(tilde + 1)));
        }
        if (op == Operator.LIKE) {
            return LikePattern.parse(parameter, text);
        }
        return scalar(parameter, kind, text);
    }

    private static Typed scalar(String parameter, ValueKind kind, String text) {
        return switch (kind) {
            case STRING, RICH_TEXT, ASSET -> new Exact(text);
            case LONG -> {
                if (!INTEGER.matcher(text).matches()) {
                    throw malformed(parameter, text, "a whole number");
                }
                yield new Exact(Long.parseLong(text));
            }
            case DOUBLE -> new Exact(decimal(parameter, text).doubleValue());
            case DECIMAL -> new Exact(decimal(parameter, text));
            case BOOLEAN -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw malformed(parameter, text, "true or false");
                }
                yield new Exact(Boolean.valueOf(lower));
            }
            case DATE -> date(parameter, text);
        };
    }

    private static BigDecimal decimal(String parameter, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw malformed(parameter, text, "a number");
        }
        return new BigDecimal(text);
    }

    private static Typed date(String parameter, String text) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text, DAY);
                return new Day(calendar(day.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime()),
                        calendar(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime()));
            }
            return new Exact(calendar(OffsetDateTime.parse(text, INSTANT)));
        } catch (DateTimeParseException e) {
            throw malformed(parameter, text, "a date (yyyy-MM-dd or yyyy-MM-dd'T'HH:mm:ss.SSSXXX)");
        }
    }

    private static Calendar calendar(OffsetDateTime time) {
        return GregorianCalendar.from(time.toZonedDateTime());
    }

    private static DeliveryException malformed(String parameter, String text, String expected) {
        return DeliveryException.badParameter(Printable.of(parameter), "'" + Printable.of(text) + "' is not " + expected);
    }
}
