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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code import --publish}: each saved batch is published right away, through the publication path
 * editors use (same YAML, same local transport into this instance's public repository), one
 * author save and one public save per batch. A publication failure stops the import with one line:
 * what was saved stays on the author side, unpublished, and a re-run with {@code --publish}
 * ({@code --replace}) publishes it.
 *
 * <p>The public save of batch k runs on a thread of its own while the import reads, checks and saves
 * batch k+1 on the author side: the two repositories are apart, so the two halves use both cores
 * (the profile of a 10k import had them about even). At most one batch is in delivery; the next
 * waits for it, so an import killed part-way leaves at most two saved batches unpublished, which the
 * re-run publishes (see {@link #listener}). {@link #close} waits for the last delivery.
 */
final class ImportPublishing implements AutoCloseable {

    private final BulkPublication publication;
    private final String user;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-publication");
        t.setDaemon(true);
        return t;
    });
    private Future<Integer> inDelivery;
    /** The batch being saved (one workspace), prepared from its unsaved nodes; delivered once the save succeeded. */
    private Unsaved unsaved;
    /** Why preparing the batch being saved failed: thrown once it is saved. */
    private Exception unsavedFailure;

    private record Unsaved(String workspace, BulkPublication.Prepared batch, List<String> identifiers) {
    }
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

    /** What was published so far; after {@link #close}, all of it. */
    long published() {
        return published;
    }

    /** Publishes one item or a batch of one workspace, and returns when it is public. */
    void publish(String workspace, List<String> paths) {
        publishBehind(workspace, paths, false);
        awaitDelivery();
    }

    /**
     * Stamps (unless {@code stamped}: saved with the items) and exports the batch here, then hands its public save to the delivery thread, once the
     * batch before it is delivered.
     */
    private void publishBehind(String workspace, List<String> paths, boolean stamped) {
        BulkPublication.Prepared batch;
        try {
            batch = publication.prepare(workspace, paths, user, stamped);
        } catch (PublicationException | RepositoryException e) {
            throw failed(e);
        }
        deliverBehind(batch);
    }

    /** Hands a prepared batch's public save to the delivery thread, once the batch before it is delivered. */
    private void deliverBehind(BulkPublication.Prepared batch) {
        awaitDelivery();
        inDelivery = delivery.submit(() -> publication.deliver(batch).size());
    }

    private void awaitDelivery() {
        if (inDelivery == null) {
            return;
        }
        Future<Integer> last = inDelivery;
        inDelivery = null;
        try {
            published += last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliError("interrupted while the last batch was being published", 1);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        }
    }

    private static CliError failed(Throwable e) {
        return new CliError("publication failed (the imported items are saved on the author side): " + e.getMessage(), 1);
    }

    /** Waits for the batch in delivery (its failure is thrown here) and stops the delivery thread. */
    @Override
    public void close() {
        try {
            awaitDelivery();
        } finally {
            delivery.shutdown();
        }
    }

    /**
     * Publishes what each batch created or replaced, and of what it skipped (the name existed) what the
     * public side does not hold: so re-running an import that was killed between a batch's author
     * save and its publication publishes the rest, and publishes nothing twice.
     */
    SavedBatchListener listener() {
        return new SavedBatchListener() {
            @Override
            public void saving(List<BatchWriter.Result> batch, BatchWriter writer) throws RepositoryException {
                // the activation stamps go into the batch's own save: no second author save per batch
                List<javax.jcr.Node> nodes = new ArrayList<>();
                Map<String, List<javax.jcr.Node>> byWorkspace = new LinkedHashMap<>();
                for (BatchWriter.Result r : batch) {
                    javax.jcr.Node node = writer.node(r);
                    nodes.add(node);
                    byWorkspace.computeIfAbsent(r.workspace(), w -> new ArrayList<>()).add(node);
                }
                publication.stampUnsaved(nodes, user);
                unsaved = null;
                unsavedFailure = null;
                if (byWorkspace.size() != 1) {
                    // items of several types: their references may be each other, unsaved; after the save, as before
                    return;
                }
                // what goes public is taken from these nodes now, as the save will write them
                String workspace = byWorkspace.keySet().iterator().next();
                List<String> identifiers = new ArrayList<>();
                for (javax.jcr.Node node : nodes) {
                    identifiers.add(node.getIdentifier());
                }
                try {
                    unsaved = new Unsaved(workspace, publication.prepareUnsaved(workspace, nodes, user), identifiers);
                } catch (PublicationException | RepositoryException e) {
                    // the batch is still saved; the import stops after it, as when the publication failed after the save
                    unsavedFailure = e;
                }
            }

            @Override
            public void saved(List<BatchWriter.Result> saved) {
                Map<String, List<String>> written = new LinkedHashMap<>();
                Map<String, List<String>> skipped = new LinkedHashMap<>();
                for (BatchWriter.Result r : saved) {
                    (r.outcome() == BatchWriter.Outcome.SKIPPED ? skipped : written)
                            .computeIfAbsent(r.workspace(), w -> new ArrayList<>()).add(r.path());
                }
                Unsaved preparedBefore = unsaved;
                Exception failure = unsavedFailure;
                unsaved = null;
                unsavedFailure = null;
                if (written.isEmpty()) {
                    // nothing of this batch went through saving(): what is left there is of a batch whose save failed
                    preparedBefore = null;
                    failure = null;
                }
                Unsaved prepared = preparedBefore;
                if (failure != null) {
                    throw failed(failure);
                }
                written.forEach((workspace, paths) -> {
                    if (prepared != null && prepared.workspace().equals(workspace)) {
                        publication.saved(prepared.batch(), prepared.identifiers());
                        deliverBehind(prepared.batch());
                    } else {
                        publishBehind(workspace, paths, true);
                    }
                });
                for (Map.Entry<String, List<String>> e : skipped.entrySet()) {
                    List<String> missing = notPublic(e.getKey(), e.getValue());
                    if (!missing.isEmpty()) {
                        publishBehind(e.getKey(), missing, false);
                    }
                }
            }
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
