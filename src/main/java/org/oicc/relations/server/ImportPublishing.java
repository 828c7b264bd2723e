package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.BulkPublication;
import org.oicc.relations.authoring.publication.LocalTransport;
import org.oicc.relations.authoring.publication.PublicationException;
import org.oicc.relations.authoring.publication.PublicationListener;
import org.oicc.relations.authoring.publication.Publisher;
import org.oicc.relations.authoring.publication.VersionRetention;
import org.oicc.relations.bulk.SavedBatchListener;
import org.oicc.relations.content.BatchWriter;
import org.oicc.relations.content.ItemLocks;

import javax.jcr.RepositoryException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code import --publish}: each saved batch is published right away, through the publication path
 * editors use (same YAML, same local transport into this instance's public repository), one
 * author save and one public save per batch. A publication failure stops the import with one line:
 * what was saved stays on the author side, unpublished, and a re-run with {@code --publish}
 * ({@code --replace}) publishes it.
 */
final class ImportPublishing {

    private final BulkPublication publication;
    private final String user;
    private long published;

    ImportPublishing(Standalone standalone, ItemLocks locks, String user) {
        if (!standalone.instance().hasPublic()) {
            throw new CliError("--publish needs the public repository of a combined instance in --data", 2);
        }
        Clock clock = Clock.systemUTC();
        LocalTransport transport = new LocalTransport(standalone.sessions(), "publication");
        Publisher single = new Publisher(standalone.module(), standalone.sessions(), transport, clock, locks,
                PublicationListener.NONE, VersionRetention.DEFAULT);
        this.publication = new BulkPublication(standalone.module(), standalone.sessions(), transport, clock, locks,
                single, PublicationListener.NONE);
        this.user = user;
    }

    long published() {
        return published;
    }

    /** Publishes one item or a batch of one workspace. */
    void publish(String workspace, List<String> paths) {
        try {
            published += publication.publish(workspace, paths, user).size();
        } catch (PublicationException | RepositoryException e) {
            throw new CliError("publication failed (the imported items are saved on the author side): " + e.getMessage(), 1);
        }
    }

    /**
     * Publishes what each batch created or replaced, and of what it skipped (the name existed) what the
     * public side does not hold: so re-running an import that was killed between a batch's author
     * save and its publication publishes the rest, and publishes nothing twice.
     */
    SavedBatchListener listener() {
        return saved -> {
            Map<String, List<String>> byWorkspace = new LinkedHashMap<>();
            Map<String, List<String>> skipped = new LinkedHashMap<>();
            for (BatchWriter.Result r : saved) {
                (r.outcome() == BatchWriter.Outcome.SKIPPED ? skipped : byWorkspace)
                        .computeIfAbsent(r.workspace(), w -> new ArrayList<>()).add(r.path());
            }
            for (Map.Entry<String, List<String>> e : skipped.entrySet()) {
                List<String> missing = notPublic(e.getKey(), e.getValue());
                if (!missing.isEmpty()) {
                    byWorkspace.computeIfAbsent(e.getKey(), w -> new ArrayList<>()).addAll(missing);
                }
            }
            byWorkspace.forEach(this::publish);
        };
    }

    private List<String> notPublic(String workspace, List<String> paths) {
        try {
            return publication.notPublic(workspace, paths);
        } catch (PublicationException | RepositoryException e) {
            throw new CliError("cannot read the public " + workspace + " workspace: " + e.getMessage(), 1);
        }
    }
}
