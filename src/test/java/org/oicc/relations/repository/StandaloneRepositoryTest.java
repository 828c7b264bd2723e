package org.oicc.relations.repository;

import org.oicc.relations.testing.StoredNodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.nodetype.NodeTypeManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestRepository;

class StandaloneRepositoryTest {

    static final BootstrapFile IULA = BootstrapFile.of("organizations.iula.yaml", """
            'iula':
              'jcr:primaryType': 'oicc:organization'
              'jcr:uuid': '5b2b7c1e-2f7c-4a63-9d7e-0a7c4c7e1a01'
              'name': 'International Union of Local Authorities'
              'acronym': 'IULA'
            """);

    static final BootstrapFile IDB = BootstrapFile.of("organizations.idb.yaml", """
            'idb':
              'jcr:primaryType': 'oicc:organization'
              'name': 'Islamic Development Bank'
            """);

    @Test
    void startsWithNamespacesNodeTypesAndWorkspaces(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data.resolve("author"), TestRepository.standIn())) {
            Session session = repo.login("organizations");
            try {
                assertThat(session.getWorkspace().getAccessibleWorkspaceNames())
                        .contains("default", "organizations", "website", "copy");
                assertThat(session.getNamespaceURI("oicc")).isEqualTo(TestRepository.OICC);
                assertThat(session.getNamespaceURI("mgnl")).isEqualTo("http://www.magnolia.info/jcr/mgnl");
                NodeTypeManager types = session.getWorkspace().getNodeTypeManager();
                assertThat(types.getNodeType("oicc:organization").isNodeType("mgnl:content")).isTrue();
                assertThat(types.getNodeType("mgnl:page").isNodeType("mix:referenceable")).isTrue();
                assertThat(types.getNodeType("mgnl:page").isNodeType("mgnl:activatable")).isTrue();
                assertThat(types.getNodeType("mgnl:area").isNodeType("mgnl:activatable")).isFalse();
                assertThat(types.getNodeType("mgnl:created").isMixin()).isTrue();
                for (String t : List.of("mgnl:folder", "mgnl:component", "mgnl:resource", "mgnl:reserve",
                        "mgnl:deleted", "mgnl:versionable", "mgnl:renderable")) {
                    assertThat(types.hasNodeType(t)).as(t).isTrue();
                }
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void pagesHoldAreasAndComponentsWithMagnoliaMetadata(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            Session session = repo.login("website");
            try {
                Node page = StoredNodes.addTopLevel(session, "relations", "mgnl:page");
                page.setProperty("mgnl:template", "oicc-relations:pages/relations");
                Node main = page.addNode("main", "mgnl:area");
                Node text = main.addNode("0", "mgnl:component");
                text.setProperty("text", "Consultative status");
                text.setProperty("text_ar", "الوضع الاستشاري");
                page.setProperty("mgnl:activationStatus", true);
                session.save();
                assertThat(StoredNodes.node(session, "/relations/main/0").getProperty("text_ar").getString())
                        .isEqualTo("الوضع الاستشاري");
                assertThat(page.getIdentifier()).hasSize(36);
                assertThat(main.getDefinition().getDeclaringNodeType().getName()).isEqualTo("mgnl:content");
                assertThat(page.getProperty("mgnl:activationStatus").getDefinition().getDeclaringNodeType().getName())
                        .isEqualTo("mgnl:activatable");
            } finally {
                session.logout();
            }
        }
    }

    @Test
    void bootstrapsOnceAndRestartKeepsEditsButImportsNewFiles(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn(IULA))) {
            assertThat(repo.importedAtStart()).containsExactly("organizations.iula.yaml");
            Session session = repo.login("organizations");
            try {
                Node iula = StoredNodes.node(session, "/iula");
                assertThat(iula.getIdentifier()).isEqualTo("5b2b7c1e-2f7c-4a63-9d7e-0a7c4c7e1a01");
                assertThat(iula.getProperty("mgnl:createdBy").getString()).isEqualTo("bootstrap");
                assertThat(iula.hasProperty("mgnl:lastModified")).isTrue();
                iula.setProperty("acronym", "UCLG (edited)");
                session.save();
            } finally {
                session.logout();
            }
        }
        // Restart: same file (IULA) and one added by a "later version" (IDB).
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn(IULA, IDB))) {
            assertThat(repo.importedAtStart()).containsExactly("organizations.idb.yaml");
            Session session = repo.login("organizations");
            try {
                assertThat(StoredNodes.node(session, "/iula").getProperty("acronym").getString()).isEqualTo("UCLG (edited)");
                assertThat(StoredNodes.node(session, "/idb").getProperty("name").getString()).isEqualTo("Islamic Development Bank");
            } finally {
                session.logout();
            }
            Session marker = repo.login("default");
            try {
                assertThat(marker.getNode(BootstrapMarker.PATH).getProperty("organizations.iula.yaml").getString())
                        .isEqualTo(IULA.sha256());
            } finally {
                marker.logout();
            }
        }
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn(IULA, IDB))) {
            assertThat(repo.importedAtStart()).isEmpty();
        }
    }

    @Test
    void secondInstanceOnTheSameFolderIsRefusedClearly(@TempDir Path data) throws Exception {
        try (StandaloneRepository first = TestRepository.start(data, RepositorySetup.empty())) {
            assertThatThrownBy(() -> TestRepository.start(data, RepositorySetup.empty()))
                    .isInstanceOf(RepositoryLockedException.class)
                    .hasMessage("Data folder " + data.toAbsolutePath().normalize() + " is in use by another process");
            Session session = first.login(null);
            session.logout(); // the first one still works
        }
        // Closing released the lock: the folder can be opened again, and close twice is harmless.
        StandaloneRepository again = TestRepository.start(data, RepositorySetup.empty());
        again.close();
        again.close();
        assertThatThrownBy(() -> again.login(null)).hasMessageContaining("closed");
    }

    @Test
    void invalidBootstrapFileStopsStartAndReleasesTheFolder(@TempDir Path data) throws Exception {
        BootstrapFile bad = BootstrapFile.of("nowhere.x.yaml", "'x': {}\n");
        assertThatThrownBy(() -> TestRepository.start(data, TestRepository.standIn(bad)))
                .isInstanceOf(BootstrapException.class)
                .hasMessageStartingWith("nowhere.x.yaml:1: workspace 'nowhere' does not exist");
        TestRepository.start(data, TestRepository.standIn()).close();
    }
}
