package org.oicc.relations.delivery.query;

import java.util.Optional;

/** Magnolia's filter operators, as written in {@code prop[op]=value}. */
public enum Operator {
    EQ("eq"), NE("ne"), LT("lt"), GT("gt"), LTE("lte"), GTE("gte"), LIKE("like"), IN("in"), NOT_IN("not-in");

    private final String token;

    Operator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<Operator> of(String token) {
        for (Operator op : values()) {
            if (op.token.equals(token)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
