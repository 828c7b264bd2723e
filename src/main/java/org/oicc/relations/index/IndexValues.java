package org.oicc.relations.index;

import java.math.BigDecimal;

/**
 * How kept values compare, as delivery has always ordered them: numbers numerically whatever their
 * stored type, dates chronologically, booleans false first, text by {@link String#compareTo}; values
 * of different kinds (a property stored with different types on different items) by kind, so every
 * order stays total.
 */
final class IndexValues {

    private IndexValues() {
    }

    /** The first value of a column: a multi-valued property orders by its first value. */
    static Object first(Object stored) {
        if (stored instanceof Object[] many) {
            return many.length == 0 ? null : many[0];
        }
        if (stored instanceof Double d && !Double.isFinite(d)) {
            return null; // NaN and infinities have no place in an order
        }
        return stored;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Long.compare(a, b);
        }
        if (x instanceof String a && y instanceof String b) {
            return a.compareTo(b);
        }
        if (x instanceof Number a && y instanceof Number b) {
            return decimal(a).compareTo(decimal(b));
        }
        if (x.getClass() != y.getClass()) {
            return kind(x).compareTo(kind(y));
        }
        return ((Comparable) x).compareTo(y);
    }

    private static String kind(Object value) {
        return value instanceof Number ? "java.math.BigDecimal" : value.getClass().getName();
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        return BigDecimal.valueOf(n.doubleValue());
    }
}
