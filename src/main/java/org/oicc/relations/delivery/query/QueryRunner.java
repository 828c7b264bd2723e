package org.oicc.relations.delivery.query;

import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.index.ItemIndex;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.delivery.query.QueryFields.SubModel;
import org.oicc.relations.delivery.query.QueryPlan.Condition;
import org.oicc.relations.repository.JcrPaths;

import javax.jcr.Node;
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
 * Answers a query request: the endpoint's items below its {@code rootPath} matching every filter,
 * {@code @name}, {@code @ancestor} and {@code q}, ordered, one page of them and the total.
 *
 * <p>Choices where Magnolia's contract is silent or this runtime adds to it:
 * <ul>
 *   <li>Without {@code orderBy} items are ordered by {@code position} when the content type has a
 *       numeric one, else by node name; every order ends with the node path as tie-break.</li>
 *   <li>In a localized request ({@code lang=ar}) a filter or order key on an i18n property uses the
 *       value the reader sees: the translation, or English where the item has none. Naming a stored
 *       translation ({@code title_ar}) compares that property as stored; {@code lang=all} compares
 *       stored values of the named property.</li>
 *   <li>{@code @ancestor=/path} is relative to the endpoint's root like request paths; a path that
 *       does not exist gives an empty page (a filter that matches nothing), a malformed one a 400.</li>
 *   <li>A dotted filter ({@code relationships.category=<uuid>}, an extension) keeps items that have at
 *       least one submodel entry matching; several filters on one submodel must hold for the same
 *       entry.</li>
 *   <li>{@code a|b} alternatives are OR-ed; for {@code ne} and {@code not-in} the filter means "none
 *       of them" (and the item must have the property), not an always-true OR of negations.</li>
 *   <li>A {@code yyyy-MM-dd} date is the whole UTC day: {@code eq} matches within it, {@code lte} up
 *       to its end, a range {@code a~b} from the start of a to the end of b.</li>
 *   <li>{@code q} keeps words and quoted phrases only (see {@link FullText}); {@code orderBy} puts
 *       items without the key last in either direction (see {@link ResultOrder}).</li>
 * </ul>
 * Only the order keys of the matches are read; nodes are loaded for the page alone.
 *
 * <p>Where the side's {@link ItemIndex} covers the endpoint ({@link IndexedRunner}), the same
 * semantics are answered from it: one page costs a pass over kept values in memory and the page's
 * own nodes, and {@code total} is the exact count of matches. Otherwise (several or exact node
 * types, a workspace without content type, no index) the repository answers: a JCR-SQL2 query, the
 * order keys of every match read and sorted here, {@code total} the number of matching rows.
 */
public final class QueryRunner {

    /**
     * One page of results, as absolute paths in the endpoint's workspace, and how many there are in
     * all. Paths, not nodes: the answer writes each from its kept snapshot when it has one, so a
     * page of items read before costs no repository read at all.
     */
    public record Page(List<String> paths, long total) {
    }

    private final DeliveryEndpointDefinition endpoint;
    private final ContentLocales locales;
    private final QueryFields fields;
    private final QueryBuilder builder;
    private final IndexedRunner indexed;

    /** @param contentType the content type stored in the endpoint's workspace, or null if none is defined */
    public QueryRunner(DeliveryEndpointDefinition endpoint, ContentTypeDefinition contentType, ContentLocales locales) {
        this(endpoint, contentType, locales, null);
    }

    /**
     * @param index the side's index; queries are answered from it when it covers the endpoint's one
     *     node type (subtypes included) in its workspace, else (or when null) by the repository alone
     */
    public QueryRunner(DeliveryEndpointDefinition endpoint, ContentTypeDefinition contentType, ContentLocales locales,
            ItemIndex index) {
        this.endpoint = endpoint;
        this.locales = locales;
        this.fields = QueryFields.of(contentType, locales, endpoint.orderBy());
        this.builder = new QueryBuilder(endpoint, locales);
        boolean covered = index != null && contentType != null && !endpoint.strict() && endpoint.nodeTypes().size() == 1
                && endpoint.nodeTypes().get(0).equals(contentType.nodeType())
                && index.covers(endpoint.workspace(), contentType.nodeType());
        this.indexed = covered ? new IndexedRunner(endpoint, locales, builder, index) : null;
    }

    /**
     * Checks the request's filters, values and order keys without a repository and types them.
     *
     * @throws DeliveryException 400 naming the parameter that cannot be answered
     */
    QueryPlan plan(DeliveryRequest request) {
        return QueryPlan.of(request, fields);
    }

    /**
     * @param plan the request's {@link #plan}, made when it was checked
     * @param budget checked between the rows and nodes read
     */
    Page run(Session session, DeliveryRequest request, QueryPlan plan, QueryBudget budget) throws RepositoryException {
        StoredPaths layout = StoredPaths.of(session);
        List<String> ancestors = new ArrayList<>();
        for (String relative : plan.ancestors()) {
            String path = JcrPaths.absolute(endpoint.rootPath(), relative);
            if ("/".equals(relative)) {
                ancestors.clear(); // the whole root: no narrower constraint applies
                break;
            }
            if (exists(session, layout.stored(path))) {
                ancestors.add(layout.client(session.getNode(layout.stored(path))));
            }
        }
        if (!plan.ancestors().isEmpty() && !plan.ancestors().contains("/") && ancestors.isEmpty()) {
            return new Page(List.of(), 0);
        }
        if (indexed != null) {
            return indexed.run(session, request, plan, ancestors, budget);
        }
        List<Condition> own = new ArrayList<>();
        Map<SubModel, List<Condition>> bySubModel = new LinkedHashMap<>();
        for (Condition c : plan.conditions()) {
            if (c.field().subModel() == null) {
                own.add(c);
            } else {
                bySubModel.computeIfAbsent(c.field().subModel(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<String> owners = null;
        for (Map.Entry<SubModel, List<Condition>> e : bySubModel.entrySet()) {
            Set<String> found = owners(session, e.getKey(), builder.entries(session, e.getValue(), request.language()),
                    new LikeFilter(e.getValue(), request.language(), locales), budget);
            if (owners != null) {
                found.retainAll(owners);
            }
            owners = found;
        }
        SqlStatement items = builder.items(session, own, ancestors.stream().map(layout::stored).toList(), plan.fullText(),
                request.language());
        if (items == null || (owners != null && owners.isEmpty())) {
            return new Page(List.of(), 0);
        }
        LikeFilter likes = new LikeFilter(own, request.language(), locales);
        List<String> matches = new ArrayList<>();
        for (RowIterator rows = items.execute(session).getRows(); rows.hasNext();) {
            budget.check();
            Row row = rows.nextRow();
            String path = layout.client(row.getPath());
            if ((owners == null || owners.contains(path)) && (likes.isEmpty() || likes.test(row.getNode()))) {
                matches.add(path);
            }
        }
        List<String> ordered = ResultOrder.sort(session, matches, plan.order(), request.language(), locales, budget);
        List<String> page = new ArrayList<>();
        for (int i = request.offset(); i < ordered.size() && page.size() < request.limit(); i++) {
            page.add(ordered.get(i));
        }
        return new Page(page, ordered.size());
    }

    /** The items owning the matching entries: {@code item/relationships/0} for a multiple submodel. */
    static Set<String> owners(Session session, SubModel subModel, SqlStatement entries, LikeFilter likes,
            QueryBudget budget) throws RepositoryException {
        Set<String> owners = new HashSet<>();
        StoredPaths layout = StoredPaths.of(session);
        for (RowIterator rows = entries.execute(session).getRows(); rows.hasNext();) {
            budget.check();
            Row row = rows.nextRow();
            String path = layout.client(row.getPath());
            String container = subModel.multiple() ? JcrPaths.parent(path) : path;
            // the path's shape first: only an entry's node is read to match a pattern
            if (container != null && container.endsWith("/" + subModel.property()) && JcrPaths.parent(container) != null
                    && (likes.isEmpty() || likes.test(row.getNode()))) {
                owners.add(JcrPaths.parent(container));
            }
        }
        return owners;
    }

    private static boolean exists(Session session, String path) {
        try {
            return session.nodeExists(path);
        } catch (RepositoryException malformedForThisRepository) {
            return false; // e.g. a name with an unregistered namespace prefix
        }
    }
}
