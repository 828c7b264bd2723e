package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.query.FilterValues.Day;
import org.oicc.relations.delivery.query.FilterValues.Exact;
import org.oicc.relations.delivery.query.FilterValues.Range;
import org.oicc.relations.delivery.query.FilterValues.Typed;
import org.oicc.relations.delivery.query.QueryPlan.Condition;
import org.oicc.relations.index.Moment;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.List;
import java.util.function.Predicate;

/**
 * A condition's alternatives as a test on one kept value of the index, comparing as the repository
 * compared in {@link QueryBuilder}: numbers numerically, dates as instants, a {@code yyyy-MM-dd} day
 * as its whole UTC day, {@code from~to} with both ends inclusive, {@code like} by {@link LikePattern}.
 * A value of another kind than the filter's (a property stored with an unexpected type) matches no
 * comparison. For {@code ne}/{@code not-in} this is the positive test; the index negates it.
 */
final class IndexedValueTest implements Predicate<Object> {

    private final Operator operator;
    private final List<Typed> alternatives;

    IndexedValueTest(Condition condition) {
        this.operator = condition.operator();
        this.alternatives = condition.alternatives();
    }

    @Override
    public boolean test(Object stored) {
        for (Typed alternative : alternatives) {
            if (holds(stored, operator, alternative)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Object stored, Operator op, Typed value) {
        if (value instanceof LikePattern like) {
            return stored instanceof String text && like.matches(text);
        }
        if (value instanceof Range range) {
            return holds(stored, Operator.GTE, range.from()) && holds(stored, Operator.LTE, range.to());
        }
        if (value instanceof Day day) {
            long start = day.start().getTimeInMillis();
            long end = day.end().getTimeInMillis();
            if (!(stored instanceof Moment moment)) {
                return false;
            }
            long t = moment.millis();
            return switch (op) {
                case LT -> t < start;
                case GTE -> t >= start;
                case LTE -> t < end;
                case GT -> t >= end;
                default -> t >= start && t < end;
            };
        }
        Integer c = compare(stored, literal(((Exact) value).value()));
        if (c == null) {
            return false;
        }
        return switch (op) {
            case EQ, NE -> c == 0;
            case LT -> c < 0;
            case LTE -> c <= 0;
            case GT -> c > 0;
            case GTE -> c >= 0;
            case IN, NOT_IN, LIKE -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    private static Object literal(Object value) {
        return value instanceof Calendar calendar ? new Moment(calendar.getTimeInMillis()) : value;
    }

    /** Null when the two cannot be compared. */
    private static Integer compare(Object stored, Object literal) {
        if (stored instanceof Long a && literal instanceof Long b) {
            return Long.compare(a, b);
        }
        if (stored instanceof Number a && literal instanceof Number b) {
            if (!Double.isFinite(a.doubleValue()) || !Double.isFinite(b.doubleValue())) {
                return Double.compare(a.doubleValue(), b.doubleValue());
            }
            return decimal(a).compareTo(decimal(b));
        }
        if (stored instanceof String a && literal instanceof String b) {
            return a.compareTo(b);
        }
        if (stored instanceof Moment a && literal instanceof Moment b) {
            return a.compareTo(b);
        }
        if (stored instanceof Boolean a && literal instanceof Boolean b) {
            return a.compareTo(b);
        }
        return null;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        return n instanceof Long l ? BigDecimal.valueOf(l) : BigDecimal.valueOf(n.doubleValue());
    }
}
