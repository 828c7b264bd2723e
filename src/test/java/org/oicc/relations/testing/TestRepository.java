package org.oicc.relations.testing;

import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneRepository;

import org.apache.jackrabbit.core.RepositoryImpl;
import org.apache.jackrabbit.core.config.RepositoryConfig;
import org.xml.sax.InputSource;

import javax.jcr.Node;
import javax.jcr.SimpleCredentials;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one repository fixture: a real embedded Jackrabbit in a temp folder. One repository answers
 * both sides (tests that need an author and a public repository use {@link TestSite}).
 * <ul>
 * <li>{@link #empty}: the module's node types and workspaces, no content, so tests own every item they read;</li>
 * <li>{@link #seeded}: the same with the seed content (a copy of the seed imported once per run);</li>
 * <li>{@link #standIn}: a setup for the repository package's own tests, which must not depend on
 *     the module: its namespace, a stand-in CND and three workspaces.</li>
 * </ul>
 */
public final class TestRepository implements SessionProvider, AutoCloseable {

    public static final String OICC = "https://www.oicc.org/jcr/relations/1.0";
    public static final String STAND_IN_CND = "/org/oicc/relations/repository/test-nodetypes.cnd";

    private static RepositorySetup moduleSetup;

    private final StandaloneRepository repository;

    private TestRepository(StandaloneRepository repository) {
        this.repository = repository;
    }

    /** The packaged light module's repository set-up (workspaces, namespaces, node types, seed files). */
    public static synchronized RepositorySetup moduleSetup() {
        if (moduleSetup == null) {
            moduleSetup = ModuleRepositorySetup.of(new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")));
        }
        return moduleSetup;
    }

    /** The module's node types and workspaces (and website, for pages), no content. */
    public static TestRepository empty(Path home) throws RepositoryException {
        return new TestRepository(start(home, moduleSetup().withBootstrapFiles(List.of())));
    }

    /**
     * {@link StandaloneRepository#start} on the storage of this test JVM ({@link TestStorage}): what
     * tests that start a repository themselves call, so that they run on every storage. A second
     * start on the same folder finds the same content.
     */
    public static StandaloneRepository start(Path home, RepositorySetup setup) throws RepositoryException {
        return StandaloneRepository.start(home, setup, TestStorage.of(home));
    }

    /** With the module's seed content, for tests that read it or check it against the definitions. */
    public static TestRepository seeded(Path home) throws RepositoryException {
        SeedTemplates.copy(SeedTemplates.plain(moduleSetup()).resolve(SeedTemplates.PUBLIC), home);
        return new TestRepository(start(home, moduleSetup()));
    }

    /** Namespace {@code oicc}, workspaces organizations, website and copy, the stand-in CND, the given bootstrap files. */
    public static RepositorySetup standIn(BootstrapFile... files) {
        return new RepositorySetup(Map.of("oicc", OICC), List.of("organizations", "website", "copy"),
                List.of(STAND_IN_CND), List.of(files), "bootstrap");
    }

    public StandaloneRepository repository() {
        return repository;
    }

    @Override
    public Session login(Side side, String workspace) throws RepositoryException {
        return repository.login(workspace);
    }

    @Override
    public void close() {
        repository.close();
        TestStorage.release(repository.dataFolder());
    }

    /** Every path and property value of a workspace outside /jcr:system: "did anything change?" */
    public static Map<String, String> snapshot(Session session) throws RepositoryException {
        Map<String, String> out = new TreeMap<>();
        dump(session.getRootNode(), out);
        return out;
    }

    private static void dump(Node node, Map<String, String> out) throws RepositoryException {
        if (node.getPath().startsWith("/jcr:system")) {
            return;
        }
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            // Set by the repository itself (creation time, version history): not content.
            if (p.getDefinition().isProtected() && !p.getName().equals("jcr:primaryType")
                    && !p.getName().equals("jcr:mixinTypes") && !p.getName().equals("jcr:uuid")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                values.add(v.getString());
            }
            out.put(p.getPath(), PropertyType.nameFromValue(p.getType()) + (p.isMultiple() ? "[]" : "") + "="
                    + String.join("|", values));
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            dump(it.nextNode(), out);
        }
    }

    /** A repository as the previous version wrote it: BundleFsPersistenceManager, one file per node. */
    public static void writeOldFormat(Path home) throws java.io.IOException, RepositoryException {
        Files.createDirectories(home);
        Properties variables = new Properties();
        variables.setProperty("rep.home", home.toString());
        try (InputStream xml = TestRepository.class.getResourceAsStream("/org/oicc/relations/repository/bundle-fs-repository.xml")) {
            RepositoryImpl old = RepositoryImpl.create(RepositoryConfig.create(new InputSource(xml), variables));
            try {
                Session s = old.login(new SimpleCredentials("admin", "admin".toCharArray()));
                StoredNodes.addTopLevel(s, "kept");
                s.save();
                s.logout();
            } finally {
                old.shutdown();
            }
        }
    }
}
