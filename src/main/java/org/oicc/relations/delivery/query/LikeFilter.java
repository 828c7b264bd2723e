package org.oicc.relations.delivery.query;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.query.FilterValues.Typed;
import org.oicc.relations.delivery.query.QueryPlan.Condition;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.List;

/**
 * The {@code like} conditions of a query, matched on the nodes the statement found (it asked only
 * that they have the property, see {@link QueryBuilder}). The value compared is the one JCR-SQL2
 * would have compared: in a localized request the translation of an i18n property, or the English
 * value where the node has none; any value of a multi-valued property; any of the alternatives.
 */
final class LikeFilter {

    private final List<Condition> likes;
    private final Language language;
    private final ContentLocales locales;

    LikeFilter(List<Condition> conditions, Language language, ContentLocales locales) {
        this.likes = conditions.stream().filter(c -> c.operator() == Operator.LIKE).toList();
        this.language = language;
        this.locales = locales;
    }

    boolean isEmpty() {
        return likes.isEmpty();
    }

    /** True when the node satisfies every {@code like} condition. */
    boolean test(Node node) throws RepositoryException {
        for (Condition c : likes) {
            if (!holds(node, c)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(Node node, Condition c) throws RepositoryException {
        String name = c.field().property();
        if (c.field().i18n() && !language.all() && locales.isTranslation(language.tag())) {
            String translated = locales.propertyName(name, language.tag());
            if (node.hasProperty(translated)) {
                name = translated;
            }
        }
        if (!node.hasProperty(name)) {
            return false;
        }
        Property property = node.getProperty(name);
        for (Value value : property.isMultiple() ? property.getValues() : new Value[] {property.getValue()}) {
            String text = value.getString();
            for (Typed alternative : c.alternatives()) {
                if (((LikePattern) alternative).matches(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
