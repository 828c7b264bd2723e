package org.oicc.relations.caching;

import org.apache.jackrabbit.core.observation.SynchronousEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.observation.EventIterator;

/**
 * Bumps one workspace's generation for every batch of events. Jackrabbit calls a
 * {@link SynchronousEventListener} before {@code save()} returns, so the change is known before the
 * writer can even tell anybody about it; other repositories treat the marker as an ordinary,
 * asynchronous listener. Nothing may escape {@link #onEvent}: a listener that throws is dropped by
 * some repositories, and delivery would then serve stale answers for ever.
 */
final class ChangeListener implements SynchronousEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);

    private final String workspace;
    private final WorkspaceChanges changes;

    ChangeListener(String workspace, WorkspaceChanges changes) {
        this.workspace = workspace;
        this.changes = changes;
    }

    String workspace() {
        return workspace;
    }

    @Override
    public void onEvent(EventIterator events) {
        try {
            changes.changed(workspace);
        } catch (RuntimeException e) {
            LOG.error("change listener of workspace {} failed", workspace, e);
        }
    }
}
