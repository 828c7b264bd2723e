package org.oicc.relations.bulk;

import org.oicc.relations.content.BatchWriter;

import java.util.List;

/** Told of every batch once it is saved: {@code --publish} publishes it from here. */
@FunctionalInterface
public interface SavedBatchListener {

    SavedBatchListener NONE = saved -> { };

    /**
     * @param saved the items of the batch in line order: created or replaced ones, and skipped ones
     *              (outcome {@code SKIPPED}, their name existed) so that a re-run after a crash can
     *              finish what the crashed run saved but did not get to publish
     */
    void saved(List<BatchWriter.Result> saved) throws Exception;

    /**
     * Called just before the batch's save with the items it created or replaced (skipped ones are not
     * in it): what is set here on {@link BatchWriter#node} goes into the same save. A failure rejects
     * the batch as a failed save does.
     */
    default void saving(List<BatchWriter.Result> batch, BatchWriter writer) throws Exception {
    }
}
