package org.oicc.relations.content;

import java.util.OptionalLong;

/**
 * Where a save finds the highest page position of a category without asking the repository: the
 * standalone's index keeps each category's entries sorted by position, so its answer costs the
 * same at 100,000 organizations as at 100, while a query sorts every entry of the category.
 * Inside Magnolia there is no such index ({@link #NONE}) and the repository is asked as before.
 */
@FunctionalInterface
public interface KeptPositions {

    /** Knows nothing: every save asks the repository. */
    KeptPositions NONE = (category, itemPath) -> OptionalLong.empty();

    /**
     * The highest position among the saved entries of {@code category} that are not entries of the
     * item at {@code itemPath} (its client path, e.g. {@code /iula}), 0 when there is none; empty
     * when this source cannot say (the caller then asks the repository).
     */
    OptionalLong highestOutside(String category, String itemPath);
}
