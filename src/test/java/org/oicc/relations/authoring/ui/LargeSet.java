package org.oicc.relations.authoring.ui;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestFolders;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A large generated set of organizations beside the seed, written straight into the author
 * repository in one session and one save (a few seconds), never through HTTP one by one:
 * "Generated Alliance of Cities 0000" … "4999" (acronyms GAC0000 …, an Arabic name on every
 * second, a French one on every third), and one to find by typing, "Zanzibar Municipal Partnership".
 * One such site (author and public, the authoring UI) is started on first use and shared by the
 * test classes that ask for it as a parameter; it is closed when the run ends.
 */
final class LargeSet implements ParameterResolver {

    static final int GENERATED = 5000;
    static final int SEED = 25;

    private LargeSet() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LargeSet.class, k -> new Running(), Running.class).site;
    }

    /** Closed by JUnit with the root context: the site, then its folder. */
    private static final class Running implements AutoCloseable {

        private final Path data;
        private final TestSite site;

        Running() {
            try {
                data = Files.createTempDirectory("oicc-large-");
                site = TestSite.builder().authorAndPublic().authorUi().start(data);
                write(site);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the large site", e);
            }
        }

        @Override
        public void close() {
            site.close();
            TestFolders.deleteTree(data);
        }
    }

    static String name(int i) {
        return "Generated Alliance of Cities " + String.format("%04d", i);
    }

    static String node(int i) {
        return String.format("gen-%04d", i);
    }

    static void write(TestSite f) throws Exception {
        Session s = f.sessions.login(Side.AUTHOR, "organizations");
        try {
            for (int i = 0; i < GENERATED; i++) {
                Node n = StoredNodes.addTopLevel(s, node(i), "oicc:organization");
                n.setProperty("name", name(i));
                n.setProperty("acronym", String.format("GAC%04d", i));
                if (i % 2 == 0) {
                    n.setProperty("name_ar", "تحالف المدن " + i);
                }
                if (i % 3 == 0) {
                    n.setProperty("name_fr", "Alliance des agglomérations " + String.format("%04d", i));
                }
            }
            Node z = StoredNodes.addTopLevel(s, "zanzibar", "oicc:organization");
            z.setProperty("name", "Zanzibar Municipal Partnership");
            z.setProperty("acronym", "ZMP");
            s.save();
        } finally {
            s.logout();
        }
    }
}
