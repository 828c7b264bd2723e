package org.oicc.relations.index;

import org.oicc.relations.testing.GeneratedOrganizationNodes;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Session;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scratch measurement, not a test: the exact retained size of the organizations' index (its
 * object graph, walked by JOL, which must be on the class path) for a generated set. Not run by
 * the build; JOL is not a dependency of the module.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt):jol-core-0.17.jar org.oicc.relations.index.IndexFootprint DIR 5000</pre>
 */
public final class IndexFootprint {

    private IndexFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        try (TestSite site = TestSite.builder().start(Files.createDirectories(Path.of(args[0])))) {
            Session session = site.published.login("organizations");
            try {
                GeneratedOrganizationNodes.write(session, count, 7, 5000);
            } finally {
                session.logout();
            }
            ContentIndex index = ContentIndex.of(site.module);
            index.start(site.sessions);
            WorkspaceIndex organizations = index.workspace("organizations");
            // the graph below the workspace index: items, their packed records, the label table, the path table
            Object layout = Class.forName("org.openjdk.jol.info.GraphLayout").getMethod("parseInstance", Object[].class)
                    .invoke(null, (Object) new Object[] {organizations});
            long bytes = (long) layout.getClass().getMethod("totalSize").invoke(layout);
            System.out.printf("n=%d items=%d retained=%.2f MB = %d bytes/item%n", count, organizations.size(), bytes / 1e6,
                    bytes / organizations.size());
            index.close();
        }
    }
}
