package org.oicc.relations.delivery.query;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.delivery.query.FilterValues.Day;
import org.oicc.relations.delivery.query.FilterValues.Exact;
import org.oicc.relations.delivery.query.FilterValues.Range;
import org.oicc.relations.delivery.query.FilterValues.Typed;
import org.oicc.relations.delivery.query.QueryPlan.Condition;

import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.ValueFactory;
import javax.jcr.ValueFormatException;
import javax.jcr.nodetype.NodeType;
import javax.jcr.nodetype.NodeTypeIterator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Writes JCR-SQL2 for a checked {@link QueryPlan}. Filters become comparisons with bind variables;
 * in a localized request a filter on an i18n property compares the translation, or the English
 * value where the item has no translation ({@code T op v OR (T missing AND E op v)}), which is the
 * value the reader sees. {@code ne} and {@code not-in} match items that have the property and
 * none of the alternatives. {@code like} is not written as JCR-SQL2 {@code LIKE}, whose regular
 * expressions backtrack without bound: the statement asks only for the property, and
 * {@link LikeFilter} matches the pattern on what comes back.
 */
final class QueryBuilder {

    static final String ITEM = "n";
    static final String ENTRY = "r";

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;

    QueryBuilder(DeliveryEndpointDefinition endpoint, ContentLocales locales) {
        this.endpoint = endpoint;
        this.locales = locales;
    }

    /**
     * The items of the endpoint matching the item-level conditions.
     *
     * @param ancestors existing absolute paths, checked by the caller; empty for the whole root
     * @return null when a condition can match no node at all
     */
    SqlStatement items(Session session, List<Condition> conditions, List<String> ancestors, String fullText,
            Language language) throws RepositoryException {
        boolean oneType = endpoint.nodeTypes().size() == 1;
        SqlStatement sql = new SqlStatement();
        // definition values, checked by the loader, are the only names in the FROM clause
        sql.append("SELECT * FROM [").append(oneType ? endpoint.nodeTypes().get(0) : "nt:base").append("] AS " + ITEM);
        List<String> where = new ArrayList<>();
        if (endpoint.strict() || !oneType) {
            where.add(typeConstraint(session, sql));
        }
        if (!ancestors.isEmpty()) {
            where.add(any(ancestors.stream().map(p -> "ISDESCENDANTNODE(" + ITEM + ", [" + p + "])").toList()));
        } else if (!"/".equals(endpoint.rootPath())) {
            where.add("ISDESCENDANTNODE(" + ITEM + ", [" + StoredPaths.of(session).stored(endpoint.rootPath()) + "])");
        }
        if (fullText != null) {
            where.add("CONTAINS(" + ITEM + ".*, " + sql.bind("q", session.getValueFactory().createValue(fullText)) + ")");
        }
        for (Condition c : conditions) {
            String constraint = constraint(ITEM, c, language, sql, session.getValueFactory());
            if (constraint == null) {
                return null;
            }
            where.add(constraint);
        }
        return where(sql, where);
    }

    /** Submodel entries below the endpoint's root that satisfy all the given conditions together. */
    SqlStatement entries(Session session, List<Condition> conditions, Language language) throws RepositoryException {
        SqlStatement sql = new SqlStatement().append("SELECT * FROM [nt:base] AS " + ENTRY);
        List<String> where = new ArrayList<>();
        if (!"/".equals(endpoint.rootPath())) {
            where.add("ISDESCENDANTNODE(" + ENTRY + ", [" + StoredPaths.of(session).stored(endpoint.rootPath()) + "])");
        }
        for (Condition c : conditions) {
            where.add(constraint(ENTRY, c, language, sql, session.getValueFactory()));
        }
        return where(sql, where);
    }

    private static SqlStatement where(SqlStatement sql, List<String> where) {
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        return sql;
    }

    /** Several types, or exact types: the listed ones (and unless strict their subtypes), as bound names. */
    private String typeConstraint(Session session, SqlStatement sql) throws RepositoryException {
        ValueFactory values = session.getValueFactory();
        List<String> any = new ArrayList<>();
        for (NodeTypeIterator it = session.getWorkspace().getNodeTypeManager().getAllNodeTypes(); it.hasNext();) {
            NodeType type = it.nextNodeType();
            boolean wanted = endpoint.strict() ? endpoint.nodeTypes().contains(type.getName())
                    : endpoint.nodeTypes().stream().anyMatch(type::isNodeType);
            if (wanted) {
                String property = type.isMixin() ? "jcr:mixinTypes" : "jcr:primaryType";
                any.add(ITEM + ".[" + property + "] = " + sql.bind(values.createValue(type.getName(), PropertyType.NAME)));
            }
        }
        return any.isEmpty() ? missing(ITEM + ".[jcr:primaryType]") : any(any);
    }

    private String constraint(String selector, Condition c, Language language, SqlStatement sql, ValueFactory values) {
        if (c.field().isNodeName()) {
            return nodeName(selector, c, sql, values);
        }
        String stored = selector + ".[" + c.field().property() + "]";
        if (c.field().i18n() && !language.all() && locales.isTranslation(language.tag())) {
            String translated = selector + ".[" + locales.propertyName(c.field().property(), language.tag()) + "]";
            if (c.operator() == Operator.LIKE) {
                return "(" + translated + " IS NOT NULL OR " + stored + " IS NOT NULL)";
            }
            return "(" + filter(translated, c, sql, values) + " OR (" + missing(translated) + " AND "
                    + filter(stored, c, sql, values) + "))";
        }
        if (c.operator() == Operator.LIKE) {
            // the module matches the pattern (LikeFilter); the statement only keeps nodes with a value to match
            return stored + " IS NOT NULL";
        }
        return filter(stored, c, sql, values);
    }

    /** A value that is no valid JCR name can name no node: that alternative is left out. */
    private static String nodeName(String selector, Condition c, SqlStatement sql, ValueFactory values) {
        List<String> any = new ArrayList<>();
        for (Typed alternative : c.alternatives()) {
            try {
                any.add("NAME(" + selector + ") = "
                        + sql.bind(values.createValue((String) ((Exact) alternative).value(), PropertyType.NAME)));
            } catch (ValueFormatException notAName) {
                // nothing to add
            }
        }
        return any.isEmpty() ? null : any(any);
    }

    private static String filter(String operand, Condition c, SqlStatement sql, ValueFactory values) {
        List<String> any = new ArrayList<>();
        for (Typed alternative : c.alternatives()) {
            any.add(comparison(operand, c.operator(), alternative, sql, values));
        }
        return c.negative() ? "(" + operand + " IS NOT NULL AND (NOT (" + String.join(" OR ", any) + ")))" : any(any);
    }

    private static String comparison(String x, Operator op, Typed value, SqlStatement sql, ValueFactory values) {
        if (value instanceof Range range) {
            return "(" + comparison(x, Operator.GTE, range.from(), sql, values) + " AND "
                    + comparison(x, Operator.LTE, range.to(), sql, values) + ")";
        }
        if (value instanceof Day day) {
            // every bound variable must appear in the text, so each end is bound where it is used
            return switch (op) {
                case LT -> x + " < " + sql.bind(values.createValue(day.start()));
                case GTE -> x + " >= " + sql.bind(values.createValue(day.start()));
                case LTE -> x + " < " + sql.bind(values.createValue(day.end()));
                case GT -> x + " >= " + sql.bind(values.createValue(day.end()));
                default -> "(" + x + " >= " + sql.bind(values.createValue(day.start())) + " AND " + x + " < "
                        + sql.bind(values.createValue(day.end())) + ")";
            };
        }
        String v = sql.bind(value(values, ((Exact) value).value()));
        return switch (op) {
            case EQ, NE -> x + " = " + v;
            case LT -> x + " < " + v;
            case LTE -> x + " <= " + v;
            case GT -> x + " > " + v;
            case GTE -> x + " >= " + v;
            case IN, NOT_IN -> throw new IllegalStateException("a range is expected for " + op);
            case LIKE -> throw new IllegalStateException("like is matched by LikeFilter, not by the repository");
        };
    }

    private static javax.jcr.Value value(ValueFactory values, Object v) {
        if (v instanceof Long l) {
            return values.createValue(l);
        } else if (v instanceof Double d) {
            return values.createValue(d);
        } else if (v instanceof BigDecimal d) {
            return values.createValue(d);
        } else if (v instanceof Calendar c) {
            return values.createValue(c);
        } else if (v instanceof Boolean b) {
            return values.createValue(b);
        }
        return values.createValue((String) v);
    }

    /** Jackrabbit's parser lets NOT take everything up to the next parenthesis, so it is always enclosed. */
    private static String missing(String operand) {
        return "(NOT (" + operand + " IS NOT NULL))";
    }

    private static String any(List<String> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" OR ", alternatives) + ")";
    }
}
