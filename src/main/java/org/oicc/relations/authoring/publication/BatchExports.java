package org.oicc.relations.authoring.publication;

import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.ItemCopy;
import org.oicc.relations.repository.StoredPaths;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items of a {@link BulkPublication} batch in the form its transport takes, grouped by client
 * parent path: each item's YAML for any transport, or its {@link ItemCopy} for the local one (the
 * public repository of this process), which imports the same tree without writing and reading YAML.
 * The caller holds the item locks.
 */
final class BatchExports {

    /** What stays on the author side, as for a single publication. */
    static final Set<String> OMITTED_MIXINS = Set.of("mix:versionable");

    private BatchExports() {
    }

    static Map<String, List<ItemCopy>> copies(List<Node> items) throws RepositoryException {
        Map<String, List<ItemCopy>> byParent = new LinkedHashMap<>();
        for (Node item : items) {
            String parent = StoredPaths.of(item).clientParent(item);
            byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(ItemCopy.of(item, ItemTree::isPartOfItem, OMITTED_MIXINS));
        }
        return byParent;
    }

    static Map<String, List<byte[]>> yaml(List<Node> items) throws RepositoryException {
        Map<String, List<byte[]>> byParent = new LinkedHashMap<>();
        BootstrapExporter exporter = new BootstrapExporter(ItemTree::isPartOfItem, OMITTED_MIXINS);
        for (Node item : items) {
            String parent = StoredPaths.of(item).clientParent(item);
            StringWriter out = new StringWriter();
            try {
                exporter.write(item, out);
            } catch (IOException e) {
                throw new RepositoryException("cannot export " + item.getPath(), e);
            }
            byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(out.toString().getBytes(StandardCharsets.UTF_8));
        }
        return byParent;
    }
}
