package org.oicc.relations.content;

import org.apache.jackrabbit.commons.cnd.CndImporter;
import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.xml.sax.InputSource;

import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * TEST FIXTURE ONLY — replaced by {@code StandaloneRepository} once it lands. An embedded Jackrabbit
 * in a temp folder with a minimal mgnl/oicc CND and the three content workspaces. Both sides map to
 * the same repository: the content tests only write on the author side.
 */
public final class TestRepository implements SessionProvider, AutoCloseable {

    static final List<String> WORKSPACES = List.of("organizations", "relationship-categories", "agreement-aims");

    private final RepositoryImpl repository;

    private TestRepository(RepositoryImpl repository) {
        this.repository = repository;
    }

    public static TestRepository start(Path home) throws Exception {
        Properties vars = new Properties();
        vars.setProperty("rep.home", home.toString());
        RepositoryImpl repo;
        try (InputStream xml = resource("test-repository.xml")) {
            repo = RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), vars));
        }
        TestRepository fixture = new TestRepository(repo);
        Session admin = fixture.admin(null);
        try (InputStream cnd = resource("test-nodetypes.cnd")) {
            CndImporter.registerNodeTypes(new InputStreamReader(cnd, StandardCharsets.UTF_8), admin);
            List<String> existing = Arrays.asList(admin.getWorkspace().getAccessibleWorkspaceNames());
            for (String ws : WORKSPACES) {
                if (!existing.contains(ws)) {
                    admin.getWorkspace().createWorkspace(ws);
                }
            }
        } finally {
            admin.logout();
        }
        return fixture;
    }

    private static InputStream resource(String name) {
        return TestRepository.class.getResourceAsStream(name);
    }

    private Session admin(String workspace) throws RepositoryException {
        return repository.login(new SimpleCredentials("admin", "admin".toCharArray()), workspace);
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        return admin(workspace);
    }

    public Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.shutdown();
    }
}
