package org.oicc.relations.delivery.query;

import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.NodePaths;
import org.oicc.relations.delivery.endpoint.Printable;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.delivery.query.FilterValues.Typed;
import org.oicc.relations.delivery.query.QueryFields.Field;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A query request checked against the endpoint's fields, with every value typed: what is left can
 * only fail in the repository, never because of the client. Built without a session so that a bad
 * request is refused before anything is read or cached.
 *
 * @param ancestors {@code @ancestor} alternatives, normalised relative paths; empty when not given
 * @param fullText the {@code q} expression to bind, or null
 */
record QueryPlan(List<Condition> conditions, List<String> ancestors, String fullText, List<SortKey> order) {

    /** One filter: the field matches any of the alternatives ({@code ne}/{@code not-in}: none of them). */
    record Condition(String parameter, Field field, Operator operator, List<Typed> alternatives) {

        boolean negative() {
            return operator == Operator.NE || operator == Operator.NOT_IN;
        }
    }

    record SortKey(Field field, boolean descending) {
    }

    private static final Set<ValueKind> TEXT = EnumSet.of(ValueKind.STRING, ValueKind.RICH_TEXT);

    QueryPlan {
        conditions = List.copyOf(conditions);
        ancestors = List.copyOf(ancestors);
        order = List.copyOf(order);
    }

    static QueryPlan of(DeliveryRequest request, QueryFields fields) {
        List<Condition> conditions = new ArrayList<>();
        List<String> ancestors = new ArrayList<>();
        for (Filter filter : request.filters()) {
            if (QueryFields.ANCESTOR.equals(filter.property())) {
                if (!ancestors.isEmpty()) {
                    throw DeliveryException.badParameter(QueryFields.ANCESTOR, "given more than once");
                }
                ancestors.addAll(ancestors(filter));
                continue;
            }
            Field field = fields.filterField(filter);
            check(filter, field);
            List<Typed> alternatives = new ArrayList<>();
            for (String value : filter.values()) {
                alternatives.add(FilterValues.parse(filter.parameter(), filter.operator(), field.kind(), value));
            }
            conditions.add(new Condition(filter.parameter(), field, filter.operator(), alternatives));
        }
        List<SortKey> order = new ArrayList<>();
        for (Order key : request.orderBy()) {
            order.add(new SortKey(fields.orderField(key.property()), key.descending()));
        }
        if (order.isEmpty()) {
            order.add(new SortKey(fields.orderField(fields.defaultOrder().orElse(QueryFields.NAME)), false));
        }
        return new QueryPlan(conditions, ancestors, FullText.expression(request.fullText()), order);
    }

    /** Operators that make no sense for a kind of value are refused rather than guessed at. */
    private static void check(Filter filter, Field field) {
        Operator op = filter.operator();
        String parameter = Printable.of(filter.parameter());
        if (field.isNodeName() && op != Operator.EQ) {
            throw DeliveryException.badParameter(parameter, "@name supports only eq");
        }
        if (op == Operator.LIKE && !TEXT.contains(field.kind())) {
            throw DeliveryException.badParameter(parameter, "like applies to text properties only");
        }
        if (field.kind() == ValueKind.BOOLEAN && op != Operator.EQ && op != Operator.NE) {
            throw DeliveryException.badParameter(parameter, "a Boolean supports only eq and ne");
        }
    }

    private static List<String> ancestors(Filter filter) {
        if (filter.operator() != Operator.EQ) {
            throw DeliveryException.badParameter(QueryFields.ANCESTOR, "supports only @ancestor=/path");
        }
        List<String> paths = new ArrayList<>();
        for (String value : filter.values()) {
            try {
                paths.add(NodePaths.normalise(value));
            } catch (DeliveryException e) {
                // a parameter, not the URL's path: a bad one is a bad request, not "not found"
                throw DeliveryException.badParameter(QueryFields.ANCESTOR, "'" + Printable.of(value)
                        + "' is not a path of plain names like /folder/item");
            }
        }
        return paths;
    }
}
