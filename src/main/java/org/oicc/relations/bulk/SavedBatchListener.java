package org.oicc.relations.bulk;

import org.oicc.relations.content.BatchWriter;

import java.util.List;

/** Told of every batch once it is saved: {@code --publish} publishes it from here. */
@FunctionalInterface
public interface SavedBatchListener {

    SavedBatchListener NONE = saved -> { };

    /** @param saved the items created or replaced in the batch, in line order (skipped ones are not in it) */
    void saved(List<BatchWriter.Result> saved) throws Exception;
}
