package org.oicc.relations.index;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in answering the {@link ItemIndex} contract by reading every item of the workspace on
 * each call: correct, but it costs what is stored, not what is shown. It exists only until the
 * maintained index is merged, so that the authoring UI can be written and tested against the
 * contract; entries are not answered.
 */
public final class ScanningItemIndex implements ItemIndex {

    private final LightModule module;
    private final SessionProvider sessions;
    private final Side side;

    public ScanningItemIndex(LightModule module, SessionProvider sessions, Side side) {
        this.module = module;
        this.sessions = sessions;
        this.side = side;
    }

    private record Row(String path, String name, String key) {
    }

    @Override
    public IndexPage items(String workspace, ItemSearch search, SortOrder order, int offset, int limit) {
        ContentTypeDefinition type = module.allContentTypes().stream().filter(t -> t.workspace().equals(workspace))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no content type in " + workspace));
        try {
            Session session = sessions.login(side, workspace);
            try {
                List<Row> rows = new ArrayList<>();
                String needle = search.matchesAll() ? null : search.text().strip().toLowerCase(Locale.ROOT);
                for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                    Node n = it.nextNode();
                    if (!n.getPrimaryNodeType().getName().equals(type.nodeType())) {
                        continue;
                    }
                    if (needle != null && !matches(n, search.properties(), needle)) {
                        continue;
                    }
                    rows.add(new Row(n.getPath(), n.getName(), key(n, order)));
                }
                Collator collator = Collator.getInstance(Locale.ENGLISH);
                Comparator<String> ascending = collator::compare;
                Comparator<String> values = order.descending() ? ascending.reversed() : ascending;
                rows.sort(Comparator.comparing((Row r) -> r.key() == null)
                        .thenComparing(Row::key, Comparator.nullsLast(values))
                        .thenComparing(Row::path));
                List<String> paths = rows.stream().skip(offset).limit(limit).map(Row::path).toList();
                return new IndexPage(paths, rows.size());
            } finally {
                session.logout();
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot scan " + workspace, e);
        }
    }

    private static String key(Node n, SortOrder order) throws RepositoryException {
        if (SortOrder.NAME.equals(order.property())) {
            return n.getName();
        }
        if (order.language() != null && n.hasProperty(order.property() + "_" + order.language())) {
            return n.getProperty(order.property() + "_" + order.language()).getString();
        }
        return n.hasProperty(order.property()) ? n.getProperty(order.property()).getString() : null;
    }

    private static boolean matches(Node n, List<String> properties, String needle) throws RepositoryException {
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            String pname = p.getName();
            boolean named = properties.stream().anyMatch(name -> pname.equals(name) || pname.startsWith(name + "_"));
            if (named && !p.isMultiple() && p.getString().toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public IndexPage entries(String workspace, String subModelProperty, String referenceProperty, String targetId,
                             String orderProperty, int offset, int limit) {
        throw new UnsupportedOperationException("the scanning stand-in answers items only");
    }
}
