package org.oicc.relations.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;

import org.apache.jackrabbit.api.JackrabbitWorkspace;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.ConfigurationException;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;

/**
 * An embedded Jackrabbit repository in a data folder (e.g. {@code <data>/author}), prepared for the
 * module: Magnolia's base node types, the module's namespaces, node types and workspaces, and the
 * bootstrap content imported once. Closing it shuts Jackrabbit down and releases the folder.
 */
public final class StandaloneRepository implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandaloneRepository.class);

    private final Path dataFolder;
    private final Storage storage;
    private final RepositoryImpl repository;
    private final List<String> importedAtStart;
    private volatile boolean closed;
    /** Sessions opened, for writes and for the read pool; counted here, as Jackrabbit's statistics are not public API. */
    private final LongAdder logins = new LongAdder();
    /** Enough for the request threads of a busy instance to find a warm session each. */
    private final ReadSessionPool readers = new ReadSessionPool(w -> {
        logins.increment();
        return adminLogin(repository(), w);
    }, 32);

    private StandaloneRepository(Path dataFolder, Storage storage, RepositoryImpl repository, List<String> importedAtStart) {
        this.dataFolder = dataFolder;
        this.storage = storage;
        this.repository = repository;
        this.importedAtStart = importedAtStart;
    }

    /** Starts the repository on the {@link Storage#embedded() embedded} storage, creating the folder on first use. */
    public static StandaloneRepository start(Path dataFolder, RepositorySetup setup) throws RepositoryException {
        return start(dataFolder, setup, Storage.embedded());
    }

    /**
     * Starts the repository, creating the folder (and on PostgreSQL the tables) on first use.
     *
     * @throws RepositoryLockedException when another process (or instance) holds the folder
     * @throws StorageFormatException when the folder was written with another storage (or the old format)
     * @throws StorageUnavailableException when the database does not answer or refuses the login
     * @throws BootstrapException when a bootstrap file is invalid; the repository is shut down again
     */
    public static StandaloneRepository start(Path dataFolder, RepositorySetup setup, Storage storage) throws RepositoryException {
        Path home = dataFolder.toAbsolutePath().normalize();
        RepositoryImpl repository = open(home, storage);
        try {
            List<String> imported = prepare(repository, setup);
            if (!imported.isEmpty()) {
                LOG.info("Bootstrapped {} file(s) into {}", imported.size(), home);
            }
            return new StandaloneRepository(home, storage, repository, imported);
        } catch (RepositoryException | RuntimeException e) {
            shutdown(repository, home, storage);
            throw e;
        }
    }

    private static RepositoryImpl open(Path home, Storage storage) throws RepositoryException {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new RepositoryException("cannot create data folder " + home + ": " + e.getMessage(), e);
        }
        StorageFormat.check(home, storage);
        if (storage.kind() == Storage.Kind.POSTGRES) {
            DatabaseProbe.check(storage);
        } else {
            EmbeddedDerby.configure();
        }
        Properties variables = new Properties();
        variables.setProperty("rep.home", home.toString());
        storage.addVariables(variables);
        String config = storage.kind().config();
        try {
            String xml = ClusterConfig.splice(resource(config), storage.cluster() == null ? null : resource(ClusterConfig.FRAGMENT));
            RepositoryImpl repository = RepositoryImpl.create(RepositoryConfig.create(new InputSource(new StringReader(xml)), variables));
            ItemStateCaches.size(repository, Runtime.getRuntime().maxMemory());
            return repository;
        } catch (IOException e) {
            throw new RepositoryException("cannot read " + config, e);
        } catch (ConfigurationException e) {
            throw new RepositoryException("invalid " + config + ": " + e.getMessage(), e);
        } catch (RepositoryException e) {
            if (storage.kind() == Storage.Kind.EMBEDDED) {
                EmbeddedDerby.shutDown(home);
            }
            if (isLockFailure(e)) {
                throw new RepositoryLockedException(home, e);
            }
            throw e;
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = StandaloneRepository.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void shutdown(RepositoryImpl repository, Path home, Storage storage) {
        try {
            ItemStateCaches.release(repository);
            repository.shutdown();
        } finally {
            if (storage.kind() == Storage.Kind.EMBEDDED) {
                EmbeddedDerby.shutDown(home);
            }
        }
    }

    /** Jackrabbit reports a held folder only in its message ("... the file named .lock is locked ..."). */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("named .lock is")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> prepare(RepositoryImpl repository, RepositorySetup setup) throws RepositoryException {
        Session session = adminLogin(repository, null);
        try {
            // Namespaces first: a module CND may use a prefix without declaring it.
            NodeTypeRegistrar.registerNamespaces(session, setup.namespaces());
            NodeTypeRegistrar.registerBaseTypes(session);
            NodeTypeRegistrar.registerModuleTypes(session, setup.cndResources());
            List<String> existing = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
            for (String workspace : setup.workspaces()) {
                if (!existing.contains(workspace)) {
                    ((JackrabbitWorkspace) session.getWorkspace()).createWorkspace(workspace);
                    if (setup.bucketedWorkspaces().contains(workspace)) {
                        recordBuckets(repository, workspace);
                    }
                }
            }
            List<String> available = Arrays.asList(session.getWorkspace().getAccessibleWorkspaceNames());
            return BootstrapMarker.importNew(session, workspace -> adminLogin(repository, workspace), available,
                    setup.bootstrapFiles(), setup.bootstrapUser());
        } finally {
            session.logout();
        }
    }

    /** A new workspace stores its top-level items in buckets from its first item on. */
    private static void recordBuckets(Repository repository, String workspace) throws RepositoryException {
        Session session = adminLogin(repository, workspace);
        try {
            StoredPaths.recordBuckets(session);
            session.save();
            StoredPaths.forget(session);
        } finally {
            session.logout();
        }
    }

    private static Session adminLogin(Repository repository, String workspace) throws RepositoryException {
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    /**
     * An admin session on {@code workspace} (null: the default one). The caller logs it out.
     *
     * <p>On a cluster node the session first catches up with the cluster's journal. Without that it
     * starts from this node's state as of its last sync (up to the sync delay old), and a write based
     * on it fails when it saves, as Jackrabbit syncs then and finds the items changed by the other
     * node: "Unable to update a stale item", or an import finding the identifier it replaces
     * "already exists" (issue 9: a publish on node A right after node B published or edited the same
     * item, then stopped). A refresh is Jackrabbit's public way to sync; it costs one journal query.
     * Sessions lent for reading skip it: reads accept the sync delay.
     */
    public Session login(String workspace) throws RepositoryException {
        if (closed) {
            throw new RepositoryException("repository in " + dataFolder + " is closed");
        }
        logins.increment();
        Session session = adminLogin(repository, workspace);
        if (storage.cluster() != null) {
            try {
                session.refresh(false);
            } catch (RepositoryException | RuntimeException e) {
                session.logout();
                throw e;
            }
        }
        return session;
    }

    /**
     * Sessions opened since start, by {@link #login} and by the read pool when it had none to lend
     * (a borrowed session is not a login): what serving costs the repository, reported as a metric.
     */
    public long logins() {
        return logins.sum();
    }

    /**
     * A session for read-only work, from the pool of kept sessions; hand it back with
     * {@link #release}, never save with it.
     */
    public Session loginForReading(String workspace) throws RepositoryException {
        if (closed) {
            throw new RepositoryException("repository in " + dataFolder + " is closed");
        }
        return readers.borrow(workspace);
    }

    /** After items of the workspace were replaced (published): kept reading sessions are not lent again. */
    public void forgetReadingSessions(String workspace) {
        readers.forget(workspace);
    }

    /** Hands back a session from {@link #loginForReading}; logged out if the pool does not keep it. */
    public void release(Session session) {
        readers.giveBack(session);
    }

    /** The JCR repository, for code that needs other credentials or the descriptors. */
    private Repository repository() {
        return repository;
    }

    public Repository jcrRepository() {
        return repository;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Where the content is kept (the search index is always in {@link #dataFolder()}). */
    public Storage storage() {
        return storage;
    }

    /**
     * This repository's place in its cluster's journal (read from the database at each call), or
     * null when it is no cluster node.
     */
    public ClusterState clusterState() {
        ClusterSettings cluster = storage.cluster();
        if (cluster == null) {
            return null;
        }
        long delay = cluster.syncDelay().toMillis();
        try {
            ClusterJournal.Revisions revisions = ClusterJournal.read(storage);
            return new ClusterState(cluster.nodeId(), delay, revisions.localRevision(), revisions.globalRevision(), null);
        } catch (java.sql.SQLException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
            return new ClusterState(cluster.nodeId(), delay, -1, -1, "cannot read the journal: " + reason);
        }
    }

    /** Bootstrap files imported by this start (empty on a restart with nothing new). */
    public List<String> importedAtStart() {
        return importedAtStart;
    }

    /** The limit of this repository's item-state caches together ({@link ItemStateCaches}). */
    long itemStateCacheLimit() {
        return ItemStateCaches.totalOf(repository);
    }

    /** Shuts Jackrabbit down and releases the data folder; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            readers.close();
            shutdown(repository, dataFolder, storage);
        }
    }
}
