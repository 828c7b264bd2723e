package org.oicc.relations.delivery.query;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.delivery.query.QueryFields.SubModel;
import org.oicc.relations.delivery.query.QueryPlan.Condition;
import org.oicc.relations.delivery.query.QueryPlan.SortKey;
import org.oicc.relations.index.IndexCondition;
import org.oicc.relations.index.IndexPage;
import org.oicc.relations.index.IndexQuery;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.index.SortOrder;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Row;
import javax.jcr.query.RowIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers a query from the side's {@link ItemIndex}: filters, order, page and total come from the
 * kept values of every item (a pass in memory, no node read), and only the page's nodes are read.
 * What the index does not keep is asked of the repository's own (Lucene) index first and intersected:
 * {@code q} full text, and conditions on rich text (with every other condition on the same submodel,
 * so that they still hold for one entry). Those candidate rows are read within the query's budget.
 *
 * <p>Costs: one page is a pass over the workspace's items in memory (about a millisecond per 100,000
 * conditions tested) plus a walk of a ready order of all items up to the page's end; the order is
 * sorted once per change of the workspace. {@code total} is exact: the number of items that passed.
 */
final class IndexedRunner {

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final QueryBuilder builder;
    private final ItemIndex index;

    IndexedRunner(DeliveryEndpointDefinition endpoint, ContentLocales locales, QueryBuilder builder, ItemIndex index) {
        this.endpoint = endpoint;
        this.locales = locales;
        this.builder = builder;
        this.index = index;
    }

    /** @param ancestors existing absolute paths; empty for the endpoint's whole root */
    QueryRunner.Page run(Session session, DeliveryRequest request, QueryPlan plan, List<String> ancestors, QueryBudget budget)
            throws RepositoryException {
        Language language = request.language();
        String localized = !language.all() && locales.isTranslation(language.tag()) ? language.tag() : null;
        List<Condition> own = new ArrayList<>();
        List<Condition> ownInRepository = new ArrayList<>();
        Map<SubModel, List<Condition>> bySubModel = new LinkedHashMap<>();
        for (Condition c : plan.conditions()) {
            if (c.field().subModel() != null) {
                bySubModel.computeIfAbsent(c.field().subModel(), k -> new ArrayList<>()).add(c);
            } else if (kept(c)) {
                own.add(c);
            } else {
                ownInRepository.add(c);
            }
        }
        Set<String> candidates = null;
        if (plan.fullText() != null || !ownInRepository.isEmpty()) {
            SqlStatement items = builder.items(session, ownInRepository, ancestors, plan.fullText(), language);
            if (items == null) {
                return new QueryRunner.Page(List.of(), 0);
            }
            candidates = rows(session, items, new LikeFilter(ownInRepository, language, locales), budget);
        }
        List<IndexCondition> conditions = new ArrayList<>();
        own.forEach(c -> conditions.add(condition(c, null, localized)));
        for (Map.Entry<SubModel, List<Condition>> e : bySubModel.entrySet()) {
            if (e.getValue().stream().allMatch(IndexedRunner::kept)) {
                e.getValue().forEach(c -> conditions.add(condition(c, e.getKey().property(), localized)));
                continue;
            }
            Set<String> owners = QueryRunner.owners(session, e.getKey(),
                    builder.entries(session, e.getValue(), language), new LikeFilter(e.getValue(), language, locales), budget);
            candidates = candidates == null ? owners : intersection(candidates, owners);
        }
        if (candidates != null && candidates.isEmpty()) {
            return new QueryRunner.Page(List.of(), 0);
        }
        List<SortOrder> order = new ArrayList<>();
        for (SortKey key : plan.order()) {
            order.add(new SortOrder(key.field().property(), key.field().i18n() ? localized : null, key.descending()));
        }
        budget.check();
        IndexPage page = index.query(new IndexQuery(endpoint.workspace(), endpoint.rootPath(), ancestors, conditions,
                candidates, order, request.offset(), request.limit(), filterKey(plan.conditions(), ancestors, localized)));
        budget.check();
        // an item removed since is left out where the page is written: the index follows before the next request
        return new QueryRunner.Page(page.paths(), page.total());
    }

    /**
     * What makes two requests' matches the same, whatever their order and page: each condition's
     * field, operator and typed values, the language where the field is localized, and the
     * ancestors. Null for a {@code like} pattern (its matcher has no value text to compare); such
     * queries are tested afresh. The endpoint's root is added by the index's key, as the workspace's.
     */
    static String filterKey(List<Condition> conditions, List<String> ancestors, String localized) {
        StringBuilder key = new StringBuilder();
        ancestors.forEach(a -> counted(a, key.append("\u0002")));
        for (Condition c : conditions) {
            key.append('\u0000').append(c.field().subModel() == null ? "" : c.field().subModel().property())
                    .append('.').append(c.field().isNodeName() ? SortOrder.NAME : c.field().property())
                    .append(' ').append(c.operator()).append(' ').append(c.field().i18n() ? localized : null);
            for (FilterValues.Typed value : c.alternatives()) {
                if (!typedKey(value, key)) {
                    return null;
                }
            }
        }
        return key.toString();
    }

    private static boolean typedKey(FilterValues.Typed value, StringBuilder key) {
        if (value instanceof FilterValues.Exact exact) {
            Object v = exact.value();
            key.append("\u0001").append(v == null ? "null" : v.getClass().getSimpleName()).append(':');
            counted(v instanceof java.util.Calendar c ? String.valueOf(c.getTimeInMillis()) : String.valueOf(v), key);
            return true;
        }
        if (value instanceof FilterValues.Day day) {
            key.append("\u0001day:").append(day.start().getTimeInMillis()).append('~').append(day.end().getTimeInMillis());
            return true;
        }
        if (value instanceof FilterValues.Range range) {
            key.append("\u0001range(");
            boolean known = typedKey(range.from(), key) && typedKey(range.to(), key);
            key.append(')');
            return known;
        }
        return false;
    }

    /** A text with its length first, so that no value can pass for two. */
    private static void counted(String text, StringBuilder key) {
        key.append(text.length()).append(':').append(text);
    }

    /** The index keeps every property but rich text. */
    private static boolean kept(Condition c) {
        return c.field().kind() != ValueKind.RICH_TEXT;
    }

    private static IndexCondition condition(Condition c, String subModel, String localized) {
        String property = c.field().isNodeName() ? SortOrder.NAME : c.field().property();
        return new IndexCondition(subModel, property, c.field().i18n() ? localized : null, new IndexedValueTest(c), c.negative());
    }

    private static Set<String> rows(Session session, SqlStatement statement, LikeFilter likes, QueryBudget budget)
            throws RepositoryException {
        Set<String> paths = new HashSet<>();
        for (RowIterator rows = statement.execute(session).getRows(); rows.hasNext();) {
            budget.check();
            Row row = rows.nextRow();
            if (likes.isEmpty() || likes.test(row.getNode())) {
                paths.add(StoredPaths.of(session).client(row.getPath()));
            }
        }
        return paths;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
