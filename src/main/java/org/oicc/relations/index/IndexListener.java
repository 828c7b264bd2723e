package org.oicc.relations.index;

import org.apache.jackrabbit.core.observation.SynchronousEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.observation.EventIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands each batch of a workspace's events to its {@link IndexUpdater}. As a Jackrabbit
 * {@link SynchronousEventListener} it runs before the writer's {@code save()} returns, so the next
 * request already finds the change in the index; events from other cluster nodes arrive the same
 * way (as external events) and are treated alike. Nothing escapes: a listener that throws may be
 * dropped, and the index would then stay stale for ever. After each batch, applied or not, it
 * tells {@code applied}: whoever derives answers from the index learns the index is current again.
 */
final class IndexListener implements SynchronousEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(IndexListener.class);

    private final IndexUpdater updater;
    private final String workspace;
    private final Consumer<String> applied;

    IndexListener(String workspace, IndexUpdater updater, Consumer<String> applied) {
        this.workspace = workspace;
        this.updater = updater;
        this.applied = applied;
    }

    @Override
    public void onEvent(EventIterator events) {
        try {
            List<IndexUpdater.Change> changes = new ArrayList<>();
            while (events.hasNext()) {
                changes.add(IndexUpdater.Change.of(events.nextEvent()));
            }
            updater.apply(changes);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("index listener of workspace {} failed", workspace, e);
        } finally {
            try {
                applied.accept(workspace);
            } catch (RuntimeException e) {
                LOG.error("after-change hook of the index of workspace {} failed", workspace, e);
            }
        }
    }
}
