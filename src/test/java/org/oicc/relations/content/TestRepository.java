package org.oicc.relations.content;

import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneRepository;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real standalone repository (Magnolia base node types + the module's CND) in a temp folder,
 * with the three content workspaces (and website, for the seed pages) and, unless asked, no seed content, so tests own every item they read.
 * Both sides are one repository: these tests only write on the author side.
 */
final class TestRepository implements SessionProvider, AutoCloseable {

    private static final String MODULE_CND = "/mgnl-nodetypes/oicc-relations.cnd";

    private final StandaloneRepository repository;

    private TestRepository(StandaloneRepository repository) {
        this.repository = repository;
    }

    static TestRepository start(Path home) throws RepositoryException {
        return start(home, List.of());
    }

    /** With the module's seed content imported, for tests that check the seed against the definitions. */
    static TestRepository startWithSeed(Path home) throws RepositoryException {
        return start(home, BootstrapFiles.fromClasspath(BootstrapFiles.MODULE_FOLDER));
    }

    private static TestRepository start(Path home, List<BootstrapFile> bootstrap) throws RepositoryException {
        RepositorySetup setup = new RepositorySetup(
                Map.of("oicc", "https://www.oicc.org/jcr/relations/1.0"),
                List.of("organizations", "relationship-categories", "agreement-aims", "website"),
                List.of(MODULE_CND), bootstrap, RepositorySetup.DEFAULT_BOOTSTRAP_USER);
        return new TestRepository(StandaloneRepository.start(home, setup));
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        return repository.login(workspace);
    }

    @Override
    public void close() {
        repository.close();
    }
}
