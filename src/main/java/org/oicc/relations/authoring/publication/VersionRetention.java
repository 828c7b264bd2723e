package org.oicc.relations.authoring.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.jcr.RepositoryException;
import javax.jcr.version.Version;
import javax.jcr.version.VersionHistory;
import javax.jcr.version.VersionIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many published versions an author item keeps: the newest {@code keep}. Every publication
 * makes one, so without a limit the version storage grows forever (669 MB for 10,000 items that
 * were published a few times each). The {@link Publisher} prunes right after the checkin, under
 * the same lock; {@link Versions} lists and restores only the kept ones, so an item that still has
 * more (a repository from before the limit, or a smaller limit than before) shows the same as
 * after its next publication, which removes the rest.
 *
 * @param keep at least 1: the version a publication just made is always kept
 */
public record VersionRetention(int keep) {

    public static final VersionRetention DEFAULT = new VersionRetention(10);

    private static final Logger LOG = LoggerFactory.getLogger(VersionRetention.class);
    private static final String ROOT_VERSION = "jcr:rootVersion";

    public VersionRetention {
        if (keep < 1) {
            throw new IllegalArgumentException("at least one version must be kept, found " + keep);
        }
    }

    /** The kept versions, newest first. */
    List<Version> kept(VersionHistory history) throws RepositoryException {
        List<Version> all = newestFirst(history);
        return all.size() <= keep ? all : List.copyOf(all.subList(0, keep));
    }

    /**
     * Removes every version but the newest {@code keep}, labels included; the root version is not a
     * publication and cannot be removed. A removal that fails leaves the rest for the next
     * publication: the publication it follows has succeeded and must not be reported as failed.
     *
     * @return how many versions were removed
     */
    int prune(VersionHistory history, String item) throws RepositoryException {
        List<Version> all = newestFirst(history);
        int removed = 0;
        for (Version old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                history.removeVersion(old.getName());
                removed++;
            } catch (RepositoryException e) {
                LOG.warn("cannot remove version {} of {}, left for the next publication: {}", old.getName(), item, e.toString());
                break;
            }
        }
        return removed;
    }

    /**
     * By creation time, not by the version graph: after a restore the next version branches off the
     * restored one, yet it is still the newest.
     */
    private static List<Version> newestFirst(VersionHistory history) throws RepositoryException {
        List<Dated> all = new ArrayList<>();
        for (VersionIterator it = history.getAllVersions(); it.hasNext();) {
            Version v = it.nextVersion();
            if (!ROOT_VERSION.equals(v.getName())) {
                all.add(new Dated(v, v.getCreated().getTimeInMillis(), all.size()));
            }
        }
        // within one millisecond the graph's order (oldest first) decides
        all.sort(Comparator.comparingLong(Dated::created).thenComparingInt(Dated::order).reversed());
        return all.stream().map(Dated::version).toList();
    }

    private record Dated(Version version, long created, int order) {
    }
}
