package org.oicc.relations.delivery.node;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.index.ItemCopies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One side's on-disk copy of every indexed item, as delivery writes it: the {@link NodeSnapshot} of
 * the item and of its nodes below to the deepest delivery endpoint's {@code depth} on its
 * workspace, in H2's MVStore (one file, a map of path to {@link CopyCodec} bytes per workspace, and
 * one of identifier to path). Written by the index's updater ({@link ItemCopies}) when it reads an
 * item, so a query page whose nodes are not on the heap costs a B-tree look-up per node instead of
 * Jackrabbit bundle reads.
 *
 * <p>Current after every {@code save()} (the updater is a synchronous listener); a copy that could
 * not be made is dropped, and a node without a copy is read from the repository. The heap's
 * snapshots (kept by generation) never keep a copy read half-way through a change: the index moves
 * the workspace's generation once more after it has applied a change, copies written
 * ({@code ContentIndex.afterEachChange}, wired by {@code server.Site}), so whatever was read before
 * is stale then.
 *
 * <p>Not trusted across restarts: {@link #open} deletes the file and the index build at start
 * writes it again (a cluster node may have missed changes while it was down). Its heap is MVStore's
 * page cache ({@code cacheMegabytes}) and the unsaved pages before a commit (about one
 * {@link #WRITE_BUFFER_KB}). Thread-safe: one writer per workspace (the updater, under the index's
 * lock), any number of readers.
 */
public final class DiskCopies implements ItemCopies, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskCopies.class);

    /** MVStore's page cache per side: the upper levels of the B-trees and the pages read last. */
    public static final int DEFAULT_CACHE_MB = 8;
    /** Unsaved changes kept before MVStore's background commit writes them. */
    static final int WRITE_BUFFER_KB = 1024;
    /**
     * Bytes of a B-tree page before it splits: half of MVStore's 16 KB. A read decodes the whole leaf
     * it finds; with typed values a 16 KB leaf holds more copies than the untyped one did, and the
     * smaller leaf keeps a read's garbage where it was (7 KB, 6-7 us CPU; 12 KB at 16 KB pages).
     */
    static final int PAGE_SPLIT_BYTES = 8 * 1024;
    /** The file in the folder given to {@link #open}. */
    static final String FILE = "copies.mv.db";

    private final LightModule module;
    private final MVStore store;
    private final Path folder;
    private final boolean deleteOnClose;
    private final CopyCodec codec = new CopyCodec();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, NodeModel> itemModels = new HashMap<>();
    private final Map<String, MVMap<String, byte[]>> nodes = new ConcurrentHashMap<>();
    private final Map<String, MVMap<String, String>> identifiers = new ConcurrentHashMap<>();

    private DiskCopies(LightModule module, Path folder, int cacheMegabytes, boolean deleteOnClose) {
        this.module = module;
        this.folder = folder;
        this.deleteOnClose = deleteOnClose;
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the copies' folder " + folder, e);
        }
        this.store = new MVStore.Builder().fileName(folder.resolve(FILE).toString()).cacheSize(cacheMegabytes)
                .pageSplitSize(PAGE_SPLIT_BYTES).autoCommitBufferSize(WRITE_BUFFER_KB).open();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            itemModels.putIfAbsent(type.workspace(), NodeModel.item(type.model()));
            depths.putIfAbsent(type.workspace(), 0);
        }
        for (EndpointDefinition endpoint : module.endpoints().values()) {
            if (endpoint instanceof DeliveryEndpointDefinition delivery && depths.containsKey(delivery.workspace())) {
                depths.merge(delivery.workspace(), delivery.depth(), Math::max);
            }
        }
        for (String workspace : depths.keySet()) {
            // typed keys and values: the default ObjectDataType reads a byte[] longer than 15 bytes one
            // byte at a time through reflection (the top frame of a query page at 100,000 items)
            nodes.put(workspace, store.openMap("nodes:" + workspace,
                    new MVMap.Builder<String, byte[]>().keyType(StringDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE)));
            identifiers.put(workspace, store.openMap("ids:" + workspace,
                    new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE).valueType(StringDataType.INSTANCE)));
        }
    }

    /**
     * An empty store in {@code folder} (a copy left by an earlier run is deleted).
     *
     * @param cacheMegabytes MVStore's page cache
     */
    public static DiskCopies open(LightModule module, Path folder, int cacheMegabytes) {
        return new DiskCopies(module, folder, cacheMegabytes, false);
    }

    /** An empty store in a temporary folder, deleted on {@link #close()} (tests, embedded servers). */
    public static DiskCopies temporary(LightModule module) {
        try {
            return new DiskCopies(module, Files.createTempDirectory("oicc-copies-"), DEFAULT_CACHE_MB, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the copies", e);
        }
    }

    @Override
    public void copy(String workspace, String path, Node item) {
        MVMap<String, byte[]> map = nodes.get(workspace);
        if (map == null) {
            return;
        }
        try {
            ItemTree tree = ItemTree.read(module, codec, item, path, depths.get(workspace));
            map.putAll(tree.nodes());
            for (String identifier : tree.identifiers()) {
                identifiers.get(workspace).put(identifier, path);
            }
            ItemTree.removeBelow(map, path, tree.nodes().keySet());
        } catch (RepositoryException | RuntimeException e) {
            LOG.warn("no copy of {} in workspace {}, it is read from the repository: {}", path, workspace, e.toString());
            dropQuietly(workspace, path);
        }
    }

    @Override
    public void drop(String workspace, String path) {
        dropQuietly(workspace, path);
    }

    private void dropQuietly(String workspace, String path) {
        MVMap<String, byte[]> map = nodes.get(workspace);
        if (map == null) {
            return;
        }
        try {
            byte[] bytes = map.remove(path);
            if (bytes != null) {
                NodeSnapshot gone = decode(workspace, path, bytes);
                if (gone.id().equals(gone.identifier())) {
                    identifiers.get(workspace).remove(gone.identifier(), path);
                }
            }
            ItemTree.removeBelow(map, path, Set.of());
        } catch (RuntimeException e) {
            LOG.error("copies of workspace {} could not drop {}; all of its copies are dropped", workspace, path, e);
            dropAll(workspace);
        }
    }

    @Override
    public void dropAll(String workspace) {
        MVMap<String, byte[]> map = nodes.get(workspace);
        if (map == null) {
            return;
        }
        map.clear();
        identifiers.get(workspace).clear();
    }

    /** The copy of the node at a client path, or null when there is none (not an item's, not copied, dropped). */
    NodeSnapshot atPath(String workspace, String path) {
        MVMap<String, byte[]> map = nodes.get(workspace);
        if (map == null) {
            return null;
        }
        byte[] bytes = map.get(path);
        return bytes == null ? null : decode(workspace, path, bytes);
    }

    /** The copy of the item with this identifier, or null when none is known (the repository decides then). */
    NodeSnapshot byIdentifier(String workspace, String identifier) {
        MVMap<String, String> ids = identifiers.get(workspace);
        if (ids == null) {
            return null;
        }
        String path = ids.get(identifier);
        NodeSnapshot node = path == null ? null : atPath(workspace, path);
        return node != null && identifier.equals(node.identifier()) ? node : null;
    }

    private NodeSnapshot decode(String workspace, String path, byte[] bytes) {
        return codec.decode(workspace, path, bytes, this::model).node();
    }

    private NodeModel model(String workspace, String path, int levels) {
        NodeModel model = itemModels.getOrDefault(workspace, NodeModel.NONE);
        if (levels == 0) {
            return model;
        }
        String[] names = path.substring(1).split("/");
        for (int i = names.length - levels; i < names.length; i++) {
            model = model.child(names[i]);
        }
        return model;
    }

    /** The paths copied at and below {@code path}, in key order (tests, figures). */
    List<String> pathsAtOrBelow(String workspace, String path) {
        List<String> paths = new ArrayList<>();
        MVMap<String, byte[]> map = nodes.get(workspace);
        if (map != null) {
            if (map.containsKey(path)) {
                paths.add(path);
            }
            for (Iterator<String> it = map.keyIterator(path + "/"); it.hasNext();) {
                String key = it.next();
                if (!key.startsWith(path + "/")) {
                    break;
                }
                paths.add(key);
            }
        }
        return paths;
    }

    /** Nodes copied in a workspace. */
    public long size(String workspace) {
        MVMap<String, byte[]> map = nodes.get(workspace);
        return map == null ? 0 : map.sizeAsLong();
    }

    /** Bytes of the file now (written pages; unsaved ones not yet). */
    public long fileBytes() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    /** Writes what is pending (for figures of the file's size). */
    public void commit() {
        store.commit();
    }

    /** The copies' folder. */
    public Path folder() {
        return folder;
    }

    /** Closes the file without writing what is pending (nothing in it outlives the process); a temporary folder is deleted. */
    @Override
    public void close() {
        store.closeImmediately();
        if (deleteOnClose) {
            try {
                Files.deleteIfExists(folder.resolve(FILE));
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                LOG.warn("could not delete the temporary copies in {}: {}", folder, e.toString());
            }
        }
    }
}
