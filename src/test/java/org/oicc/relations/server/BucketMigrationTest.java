package org.oicc.relations.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StoredPaths;
import org.oicc.relations.testing.GeneratedOrganizations;
import org.oicc.relations.testing.TestRepository;
import org.oicc.relations.testing.TestSite;
import org.oicc.relations.testing.TestStorage;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@code repair --buckets}: a repository made before hash buckets (every item a child of its
 * workspace's root) keeps working flat, and the command moves its items into buckets with every
 * delivery answer unchanged byte for byte; a second run changes nothing, and a run that stopped
 * half-way is finished by the next.
 */
class BucketMigrationTest {

    private static final List<String> ANSWERS = List.of(
            "/.rest/delivery/organizations/v1?limit=100&orderBy=name",
            "/.rest/delivery/organizations/v1?limit=100&offset=200&orderBy=name",
            "/.rest/delivery/organizations/v1?limit=100&offset=300",
            "/.rest/delivery/organizations/v1/iula",
            "/.rest/delivery/organizations/v1/org-7?lang=ar",
            "/.rest/delivery/organizations/v1/org-250",
            "/.rest/delivery/relationship-categories/v1?limit=100",
            "/.rest/delivery/relationship-categories/v1/membership",
            "/.rest/delivery/agreement-aims/v1?limit=100&lang=fr",
            "/.rest/delivery/relations/v1",
            "/.rest/delivery/relations/v1?lang=ar",
            "/.rest/delivery/pages/v1/relations",
            "/relations.html",
            "/fr/relations.html");

    @TempDir
    Path temp;

    @Test
    void aFlatRepositoryMovesIntoBucketsWithEveryAnswerUnchanged() throws Exception {
        Path data = flatDataFolder(temp.resolve("data"));
        Path lines = GeneratedOrganizations.write(temp.resolve("generated.jsonl"), 0, 300);
        ImportJsonLinesTest.Result imported = ImportJsonLinesTest.run("import", lines.toString(), "--publish", "--data", data.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(topLevel(data, "public")).as("still flat").contains("/iula", "/org-7").noneMatch(p -> p.startsWith("/_"));
        Map<String, String> before = answers(data);
        assertThat(before.get(ANSWERS.get(0))).startsWith("200 ").contains("\"total\":325");
        assertThat(before.values()).allMatch(a -> a.startsWith("200 "));

        ImportJsonLinesTest.Result repaired = ImportJsonLinesTest.run("repair", "--buckets", "--batch", "97", "--data", data.toString());

        assertThat(repaired.exit()).as(repaired.err()).isZero();
        assertThat(repaired.err()).contains("author workspace 'organizations': 325 moved into buckets, layout recorded",
                "public workspace 'organizations': 325 moved into buckets, layout recorded",
                "public workspace 'relationship-categories': 4 moved into buckets, layout recorded");
        assertThat(topLevel(data, "public")).isNotEmpty().allMatch(p -> p.matches("/_[0-3][0-9a-f]"));
        assertThat(answers(data)).isEqualTo(before);

        Map<String, String> stored = snapshot(data, "author");
        ImportJsonLinesTest.Result again = ImportJsonLinesTest.run("repair", "--buckets", "--data", data.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.err()).contains("author workspace 'organizations': 0 moved into buckets (already in buckets)");
        assertThat(snapshot(data, "author")).isEqualTo(stored);
    }

    @Test
    void aRunThatStoppedHalfWayIsFinishedByTheNext() throws Exception {
        Path data = flatDataFolder(temp.resolve("data"));
        Map<String, String> before = answers(data);
        // what a crash after the first saved batch leaves: some items in buckets, the layout not yet recorded
        try (StandaloneRepository author = TestRepository.start(data.resolve("public"), TestRepository.moduleSetup())) {
            Session s = author.login("organizations");
            try {
                for (String name : List.of("iula", "idb", "alecso")) {
                    Node bucket = s.getRootNode();
                    for (String b : StoredPaths.buckets(name)) {
                        bucket = bucket.hasNode(b) ? bucket.getNode(b) : bucket.addNode(b, StoredPaths.BUCKET);
                    }
                    s.move("/" + name, JcrPaths.child(bucket.getPath(), name));
                }
                s.save();
                assertThat(StoredPaths.of(s).bucketed()).isFalse();
            } finally {
                s.logout();
            }
        }

        ImportJsonLinesTest.Result refused = ImportJsonLinesTest.run("export", "--workspace", "organizations", "--out",
                temp.resolve("out").toString(), "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: the public workspace 'organizations' of " + data
                + " was left half-moved into hash buckets; run repair --buckets to finish it\n");

        ImportJsonLinesTest.Result repaired = ImportJsonLinesTest.run("repair", "--buckets", "--data", data.toString());

        assertThat(repaired.exit()).as(repaired.err()).isZero();
        assertThat(repaired.err()).contains("public workspace 'organizations': 22 moved into buckets, layout recorded");
        assertThat(answers(data)).isEqualTo(before);
    }

    @Test
    void repairWithoutWhatToRepairIsRefused() throws Exception {
        Path data = flatDataFolder(temp.resolve("data"));
        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("repair", "--data", data.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: repair needs what to repair: --buckets\n");
        assertThat(topLevel(data, "public")).contains("/iula");
    }

    /** Author and public repositories as a version before buckets made them: the seed at each workspace's root. */
    private static Path flatDataFolder(Path data) throws Exception {
        // the commands open the data folder on its embedded storage, as a server's own start does
        assumeFalse(TestStorage.postgres(), "runs on the embedded storage");
        RepositorySetup module = TestRepository.moduleSetup();
        RepositorySetup flat = new RepositorySetup(module.namespaces(), module.workspaces(), module.cndResources(),
                module.bootstrapFiles(), module.bootstrapUser());
        for (String side : List.of("author", "public")) {
            TestRepository.start(data.resolve(side), flat).close();
        }
        return data;
    }

    private static List<String> topLevel(Path data, String side) throws Exception {
        List<String> out = new ArrayList<>();
        try (StandaloneRepository repository = TestRepository.start(data.resolve(side), TestRepository.moduleSetup())) {
            Session s = repository.login("organizations");
            try {
                for (NodeIterator it = s.getRootNode().getNodes(); it.hasNext();) {
                    String path = it.nextNode().getPath();
                    if (!path.equals("/jcr:system")) {
                        out.add(path);
                    }
                }
            } finally {
                s.logout();
            }
        }
        return out;
    }

    private static Map<String, String> snapshot(Path data, String side) throws Exception {
        try (StandaloneRepository repository = TestRepository.start(data.resolve(side), TestRepository.moduleSetup())) {
            Session s = repository.login("organizations");
            try {
                return TestRepository.snapshot(s);
            } finally {
                s.logout();
            }
        }
    }

    private static Map<String, String> answers(Path data) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            for (String path : ANSWERS) {
                HttpResponse<String> r = site.get(path);
                // pages link absolutely to the server's own address, whose port differs between runs
                out.put(path, r.statusCode() + " " + r.body().replace(site.base(), "{base}"));
            }
        }
        return out;
    }
}
