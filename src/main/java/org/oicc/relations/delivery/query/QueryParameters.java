package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.Printable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads filters ({@code prop[op]=v1|v2}, {@code prop=v}, {@code @name}, {@code @ancestor}) and
 * {@code orderBy} from the query parameters. Names are checked for shape here; whether a property
 * exists and what its values must look like is the query builder's business.
 */
final class QueryParameters {

    static final Set<String> RESERVED = Set.of("lang", "offset", "limit", "q", "orderBy");
    /** A property name, optionally one submodel step deep ({@code relationships.category}). */
    private static final Pattern PROPERTY = Pattern.compile("(@?[A-Za-z][A-Za-z0-9_:-]*(?:\\.[A-Za-z][A-Za-z0-9_:-]*)?)(?:\\[([^\\]]*)])?");
    private static final Pattern ORDER_KEY = Pattern.compile("(@?[A-Za-z][A-Za-z0-9_:-]*(?:\\.[A-Za-z][A-Za-z0-9_:-]*)?)(?:\\s+(\\S+))?");

    private QueryParameters() {
    }

    /**
     * Bounds on one request's filters: each alternative is a clause of the repository query (Lucene
     * stops at 1,024 clauses), so the work one anonymous request may ask for stays small.
     */
    static final int MAX_ALTERNATIVES = 100;
    static final int MAX_FILTERS = 32;

    static void parse(Map<String, String[]> params, List<Filter> filters, List<Order> orderBy) {
        for (Map.Entry<String, String[]> e : params.entrySet()) {
            String key = e.getKey();
            if (RESERVED.contains(key)) {
                continue;
            }
            Matcher m = PROPERTY.matcher(key);
            if (!m.matches()) {
                throw DeliveryException.badParameter(Printable.of(key), "is not a filter of the form property[operator]=value");
            }
            Operator op = m.group(2) == null ? Operator.EQ : Operator.of(m.group(2)).orElseThrow(() ->
                    DeliveryException.badParameter(Printable.of(key), "unknown operator '" + Printable.of(m.group(2))
                            + "' (operators: eq, ne, lt, gt, lte, gte, like, in, not-in)"));
            for (String value : e.getValue()) {
                List<String> alternatives = Arrays.asList(value.split("\\|", -1));
                if (alternatives.size() > MAX_ALTERNATIVES) {
                    throw DeliveryException.badParameter(Printable.of(key), "has " + alternatives.size()
                            + " alternatives; at most " + MAX_ALTERNATIVES + " are answered");
                }
                filters.add(new Filter(key, m.group(1), op, alternatives));
                if (filters.size() > MAX_FILTERS) {
                    throw DeliveryException.badParameter(Printable.of(key), "more than " + MAX_FILTERS
                            + " filters in one request");
                }
            }
        }
        String order = RequestParser.single(params, "orderBy");
        if (order != null) {
            for (String part : order.split(",", -1)) {
                Matcher m = ORDER_KEY.matcher(part.trim());
                if (!m.matches()) {
                    throw DeliveryException.badParameter("orderBy", "'" + Printable.of(part.trim())
                            + "' is not of the form 'property [asc|desc]'");
                }
                String direction = m.group(2) == null ? "asc" : m.group(2).toLowerCase(java.util.Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw DeliveryException.badParameter("orderBy", "unknown direction '" + Printable.of(m.group(2))
                            + "' (asc or desc)");
                }
                orderBy.add(new Order(m.group(1), direction.equals("desc")));
            }
        }
    }
}
