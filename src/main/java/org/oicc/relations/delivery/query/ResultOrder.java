package org.oicc.relations.delivery.query;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.delivery.query.QueryPlan.SortKey;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the matches of a query. Jackrabbit 2 sorts JCR-SQL2 results in memory after reading every
 * match anyway, so sorting here costs the same and lets a localized request order by the value the
 * reader sees: the translation, or English where there is none (as {@link NodeRenderer} shows it).
 * Numbers compare numerically, dates chronologically, text by code point; a missing value sorts last
 * in either direction; ties fall back to the node path, so every order is total and stable.
 */
final class ResultOrder {

    private record Entry(String path, Object[] keys) {
    }

    private ResultOrder() {
    }

    static List<String> sort(Session session, List<String> paths, List<SortKey> keys, Language language,
            ContentLocales locales, QueryBudget budget) throws RepositoryException {
        boolean namesOnly = keys.stream().allMatch(k -> k.field().isNodeName());
        List<Entry> entries = new ArrayList<>(paths.size());
        for (String path : paths) {
            budget.check();
            // only the order keys are read here; nodes are rendered for the page alone
            Node node = namesOnly ? null : session.getNode(StoredPaths.of(session).stored(path));
            Object[] values = new Object[keys.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = key(node, path, keys.get(i), language, locales);
            }
            entries.add(new Entry(path, values));
        }
        entries.sort(comparator(keys));
        return entries.stream().map(Entry::path).toList();
    }

    private static Comparator<Entry> comparator(List<SortKey> keys) {
        return (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                Object x = a.keys()[i];
                Object y = b.keys()[i];
                if (x == null || y == null) {
                    if (x != y) {
                        return x == null ? 1 : -1;
                    }
                    continue;
                }
                int c = compare(x, y);
                if (c != 0) {
                    return keys.get(i).descending() ? -c : c;
                }
            }
            return a.path().compareTo(b.path());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object x, Object y) {
        if (x.getClass() != y.getClass()) {
            // a property stored with different types on different items: keep the order total
            return x.getClass().getName().compareTo(y.getClass().getName());
        }
        return ((Comparable) x).compareTo(y);
    }

    private static Object key(Node node, String path, SortKey key, Language language, ContentLocales locales)
            throws RepositoryException {
        if (key.field().isNodeName()) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        String name = key.field().property();
        if (key.field().i18n() && !language.all() && locales.isTranslation(language.tag())) {
            String translated = locales.propertyName(name, language.tag());
            if (node.hasProperty(translated)) {
                name = translated;
            }
        }
        if (!node.hasProperty(name)) {
            return null;
        }
        Property property = node.getProperty(name);
        Value value = property.isMultiple()
                ? (property.getValues().length == 0 ? null : property.getValues()[0])
                : property.getValue();
        return value == null ? null : comparable(value);
    }

    private static Object comparable(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG -> BigDecimal.valueOf(value.getLong());
            case PropertyType.DECIMAL -> value.getDecimal();
            case PropertyType.DOUBLE -> Double.isFinite(value.getDouble()) ? BigDecimal.valueOf(value.getDouble()) : null;
            case PropertyType.DATE -> value.getDate().getTimeInMillis();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.BINARY -> null;
            default -> value.getString();
        };
    }
}
