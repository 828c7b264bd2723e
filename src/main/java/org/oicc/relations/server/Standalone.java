package org.oicc.relations.server;

import org.oicc.relations.authoring.publication.SeedPublication;
import org.oicc.relations.authoring.publication.SeedVersions;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.definition.DefinitionException;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.ClusterState;
import org.oicc.relations.repository.RepositoryLockedException;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.repository.Storage;
import org.oicc.relations.repository.StorageFormatException;
import org.oicc.relations.repository.StorageUnavailableException;

import javax.jcr.RepositoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The module's light module and repository, opened the way every command needs them: definitions
 * first (a broken module never touches the data), then the repository prepared from them.
 */
public final class Standalone implements AutoCloseable {

    public static final String MODULE = "oicc-relations";
    /** Author content (drafts) lives here... */
    static final String AUTHOR_FOLDER = "author";
    /** ...and published content here, each a Jackrabbit repository of its own. */
    static final String PUBLIC_FOLDER = "public";

    private final LightModule module;
    private final ModuleSource source;
    private final Instance instance;
    private final Path data;
    private final DataFolderLock lock;
    private final StandaloneRepository author;
    private final StandaloneRepository published;
    private final StandaloneSessionProvider sessions;

    private Standalone(LightModule module, ModuleSource source, Instance instance, Path data, DataFolderLock lock,
            StandaloneRepository author, StandaloneRepository published) {
        this.module = module;
        this.source = source;
        this.instance = instance;
        this.data = data;
        this.lock = lock;
        this.author = author;
        this.published = published;
        // a single-role instance answers both sides from its one repository; the HTTP layer decides who may read it
        this.sessions = new StandaloneSessionProvider(author != null ? author : published, published != null ? published : author);
    }

    /** A combined instance: author and public repositories, as the README's run command starts. */
    public static Standalone open(Path data, Path lightModules) {
        return open(data, lightModules, Instance.COMBINED);
    }

    /**
     * Both repositories are bootstrapped with the seed content on their first start, as Magnolia
     * bootstraps author and public instances alike, so the seed is public from the first run.
     *
     * @param lightModules the folder holding {@code oicc-relations/}, or null for the copy in the jar
     * @throws CliError for a broken light module, a locked data folder or bad bootstrap content
     */
    public static Standalone open(Path data, Path lightModules, Instance instance) {
        return open(data, lightModules, instance, Storage.embedded(), Storage.embedded());
    }

    /**
     * @param authorStorage where the author repository keeps its content, and {@code publicStorage}
     *                      the public one (on PostgreSQL: one database, tables of two prefixes)
     */
    public static Standalone open(Path data, Path lightModules, Instance instance, Storage authorStorage, Storage publicStorage) {
        ModuleSource source = sourceFor(lightModules);
        LightModule module = loadModule(source);
        DataFolderLock lock = DataFolderLock.acquire(data);
        StandaloneRepository author = null;
        try {
            RepositorySetup setup = ModuleRepositorySetup.of(module);
            author = instance.hasAuthor() ? StandaloneRepository.start(data.resolve(AUTHOR_FOLDER), setup,
                    authorStorage) : null;
            StandaloneRepository published = instance.hasPublic()
                    ? StandaloneRepository.start(data.resolve(PUBLIC_FOLDER), setup, publicStorage) : null;
            if (author != null && published != null) {
                SeedPublication.markPublished(author, published.importedAtStart());
            }
            if (author != null) {
                SeedVersions.takeFirst(author, author.importedAtStart());
            }
            return new Standalone(module, source, instance, data, lock, author, published);
        } catch (RuntimeException e) {
            closeQuietly(author);
            lock.close();
            throw e;
        } catch (RepositoryLockedException e) {
            closeQuietly(author);
            lock.close();
            throw new CliError("data folder " + data.toAbsolutePath().normalize()
                    + " is in use by another process (stop it, or choose another --data)", 4);
        } catch (StorageFormatException | StorageUnavailableException e) {
            closeQuietly(author);
            lock.close();
            throw new CliError(e.getMessage(), 4);
        } catch (BootstrapException e) {
            closeQuietly(author);
            lock.close();
            throw new CliError("bootstrap content: " + e.getMessage(), 5);
        } catch (RepositoryException e) {
            closeQuietly(author);
            lock.close();
            throw new CliError("cannot start the repository in " + data + ": " + e.getMessage(), 4);
        }
    }

    private static void closeQuietly(StandaloneRepository repository) {
        if (repository != null) {
            repository.close();
        }
    }

    public static LightModule loadModule(Path lightModules) {
        return loadModule(sourceFor(lightModules));
    }

    private static ModuleSource sourceFor(Path lightModules) {
        try {
            return lightModules == null
                    ? ModuleSource.classpath(MODULE)
                    : ModuleSource.directory(lightModules.resolve(MODULE));
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage(), 1);
        }
    }

    private static LightModule loadModule(ModuleSource source) {
        try {
            return new LightModuleLoader().load(source);
        } catch (DefinitionException e) {
            throw new CliError("the light module cannot be used:\n" + e.getMessage(), 1);
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage(), 1);
        }
    }

    public LightModule module() {
        return module;
    }

    /** The light module's files (templates, web resources), where the definitions were read from. */
    public ModuleSource source() {
        return source;
    }

    /** The repository editors write to: the author one, or the public one on a public-only instance. */
    public StandaloneRepository repository() {
        return author != null ? author : published;
    }

    public Instance instance() {
        return instance;
    }

    /** The data folder, for what lives beside the repositories (users, webhook outbox). */
    public Path data() {
        return data;
    }

    /** The repositories this instance opened, by side ({@code author}, {@code public}), for their metrics. */
    Map<String, StandaloneRepository> repositoriesBySide() {
        Map<String, StandaloneRepository> sides = new LinkedHashMap<>();
        if (author != null) {
            sides.put("author", author);
        }
        if (published != null) {
            sides.put("public", published);
        }
        return sides;
    }

    /** The journal state of each repository that is a cluster node, by side; empty when none is. */
    Map<String, ClusterState> clusterStates() {
        Map<String, ClusterState> states = new LinkedHashMap<>();
        repositoriesBySide().forEach((side, repository) -> {
            ClusterState state = repository.clusterState();
            if (state != null) {
                states.put(side, state);
            }
        });
        return states;
    }

    public StandaloneSessionProvider sessions() {
        return sessions;
    }

    @Override
    public void close() {
        try {
            closeQuietly(published);
            closeQuietly(author);
        } finally {
            lock.close();
        }
    }
}
