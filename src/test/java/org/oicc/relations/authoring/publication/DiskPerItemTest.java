package org.oicc.relations.authoring.publication;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.DiskUsage;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.Session;
import javax.jcr.version.VersionManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disk per organization item on the embedded storage, versions included: N organizations with one
 * to three relationships, each published one to three times (so one to three versions each).
 * The suite runs it with 150 items, bounded at 12 KB on the author (the old format took 93 KB; the
 * version storage in the search index alone would add 6 KB); {@code -Drelations.disk.items=N} for
 * larger runs, whose figures the README gives.
 * It prints where the bytes go and writes the same to {@code target/disk-per-item.txt}.
 */
class DiskPerItemTest {

    private static final String CATEGORY = "37886d58-1419-3a5c-9632-328e39bffe89";
    private static final String AIM = "f6ddb102-d4cd-3db2-b232-9db73ea4ea48";
    /** Items per folder: Jackrabbit 2 rewrites a parent's whole child list on each save. */
    private static final int PER_FOLDER = 100;

    @Test
    void anOrganizationWithItsVersionsStaysSmallOnTheAuthor(@TempDir Path data) throws Exception {
        int items = Integer.getInteger("relations.disk.items", 150);
        Path author;
        Path published;
        DiskUsage authorBefore;
        DiskUsage publicBefore;
        int publications = 0;
        try (TestSite site = TestSite.builder().authorAndPublic().start(data)) {
            author = site.author.dataFolder();
            published = site.published.dataFolder();
            authorBefore = DiskUsage.of(author);
            publicBefore = DiskUsage.of(published);
            publications = writeAndVersion(site, items);
        }
        DiskUsage authorAfter = DiskUsage.of(author);
        DiskUsage publicAfter = DiskUsage.of(published);
        double authorKb = authorAfter.minus(authorBefore).total() / 1024.0 / items;
        double publicKb = publicAfter.minus(publicBefore).total() / 1024.0 / items;
        String report = String.format("%d organizations, %d publications (versions): author %.1f KB/item, public %.1f KB/item"
                        + " (allocated 4 KiB blocks, growth over the seed)%n  author: %s%n  public: %s%n",
                items, publications, authorKb, publicKb, authorAfter.minus(authorBefore), publicAfter.minus(publicBefore));
        report += "  author database tables: " + DiskUsage.derbyTables(author) + "\n";
        System.out.print(report);
        Files.writeString(Path.of("target", "disk-per-item.txt"), report);

        assertThat(authorKb).as(report).isLessThanOrEqualTo(12.0);
        assertThat(publicKb).as(report).isLessThanOrEqualTo(authorKb);
    }

    /**
     * Direct JCR writes, as a publication leaves them, at a fraction of its cost (10k items through
     * HTTP or the publisher would take too long for a test): organizations in folders of
     * {@link #PER_FOLDER} on the author, each made versionable, stamped and checked in one to three
     * times (each publication makes one version), and the same item on the public side.
     */
    private static int writeAndVersion(TestSite site, int items) throws Exception {
        int versions = 0;
        Session author = site.sessions.login(Side.AUTHOR, "organizations");
        Session published = site.sessions.login(Side.PUBLIC, "organizations");
        try {
            for (int i = 0; i < items; i++) {
                String folder = "bulk-" + (i / PER_FOLDER);
                Node parent = StoredNodes.exists(author, "/" + folder) ? StoredNodes.node(author, "/" + folder)
                        : StoredNodes.addTopLevel(author, folder, "mgnl:folder");
                if (!StoredNodes.exists(published, "/" + folder)) {
                    StoredNodes.addTopLevel(published, folder, "mgnl:folder");
                }
                Node org = parent.addNode("org-" + i, "oicc:organization");
                fill(org, i);
                Node copy = StoredNodes.node(published, "/" + folder).addNode("org-" + i, "oicc:organization");
                fill(copy, i);
                stamp(copy);
                org.addMixin("mix:versionable");
                stamp(org);
                author.save();
                VersionManager manager = author.getWorkspace().getVersionManager();
                for (int n = 0; n <= i % 3; n++) {
                    manager.checkin(org.getPath());
                    manager.checkout(org.getPath());
                    versions++;
                }
                if (i % 100 == 99) {
                    published.save();
                }
            }
            published.save();
        } finally {
            author.logout();
            published.logout();
        }
        return versions;
    }

    private static void stamp(Node item) throws Exception {
        item.setProperty("mgnl:lastActivated", Calendar.getInstance());
        item.setProperty("mgnl:lastActivatedBy", "publisher");
        item.setProperty("mgnl:activationStatus", true);
    }

    private static void fill(Node org, int i) throws Exception {
        org.setProperty("name", "Organization number " + i);
        org.setProperty("name_ar", "المنظمة رقم " + i);
        org.setProperty("name_fr", "Organisation numéro " + i);
        org.setProperty("acronym", "ORG" + i);
        org.setProperty("website", "https://org" + i + ".example.org/");
        Node relationships = org.addNode("relationships", "mgnl:contentNode");
        for (int r = 0; r <= i % 3; r++) {
            Node entry = relationships.addNode(Integer.toString(r), "mgnl:contentNode");
            entry.setProperty("category", CATEGORY);
            entry.setProperty("role", "Member");
            entry.setProperty("role_ar", "عضو");
            entry.setProperty("role_fr", "Membre");
            entry.setProperty("position", (long) r);
            if (r == 2) {
                entry.setProperty("aims", new String[] {AIM});
            }
        }
    }
}
