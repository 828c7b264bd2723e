package org.oicc.relations.delivery.query;

import java.util.List;

/**
 * {@code property[op]=v1|v2}: the property matches any of the alternatives. For {@code in} and
 * {@code not-in} each alternative is a range {@code from~to}. {@code parameter} is the query
 * parameter as sent, for error messages. A property path with a dot
 * ({@code relationships.category}) filters on submodel entries (an extension).
 */
public record Filter(String parameter, String property, Operator operator, List<String> values) {

    public Filter {
        values = List.copyOf(values);
    }
}
