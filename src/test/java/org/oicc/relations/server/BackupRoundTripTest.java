package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.GeneratedOrganizations;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export --all} of a populated instance, {@code import --all} into a fresh one: the same delivery output. */
class BackupRoundTripTest {

    /** Every delivery answer a visitor can get, lists paged past the end of the generated set. */
    private static final List<String> ANSWERS = List.of(
            "/.rest/delivery/organizations/v1?limit=100&orderBy=name",
            "/.rest/delivery/organizations/v1?limit=50&offset=50&orderBy=name",
            "/.rest/delivery/organizations/v1/iula",
            "/.rest/delivery/organizations/v1/org-7?lang=ar",
            "/.rest/delivery/relationship-categories/v1?limit=100",
            "/.rest/delivery/agreement-aims/v1?limit=100&lang=fr",
            "/.rest/delivery/relations/v1",
            "/.rest/delivery/relations/v1?lang=ar",
            "/.rest/delivery/pages/v1/relations",
            "/relations.html",
            "/fr/relations.html");

    @TempDir
    Path temp;

    @Test
    void aRestoredInstanceAnswersExactlyAsTheBackedUpOne() throws Exception {
        Path source = TestSite.seededDataFolder(temp.resolve("source"));
        Path lines = GeneratedOrganizations.write(temp.resolve("generated.jsonl"), 0, 40);
        assertThat(ImportJsonLinesTest.run("import", lines.toString(), "--publish", "--data", source.toString()).exit()).isZero();
        // a draft that differs from what is public, and a deleted seed item, must both survive as they are
        try (TestSite site = TestSite.builder().combined().existingData().start(source)) {
            site.content.update("organization", "iula", ItemInput.of(Map.of("acronym", "IULA (draft)")), "editor");
            // the author's flag cleared first: a published item is deleted only once unpublished (probe D5),
            // and the public copy staying behind is the case this backup must keep as it is
            javax.jcr.Session author = site.sessions.login(org.oicc.relations.repository.Side.AUTHOR, "organizations");
            try {
                StoredNodes.node(author, "/org-3").setProperty(org.oicc.relations.repository.MgnlNames.ACTIVATION_STATUS, false);
                author.save();
            } finally {
                author.logout();
            }
            site.content.delete("organization", "org-3", "editor");
        }
        Map<String, String> before = answers(source);

        Path backup = temp.resolve("backup");
        ImportJsonLinesTest.Result export = ImportJsonLinesTest.run("export", "--all", "--out", backup.toString(), "--data", source.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(backup.resolve("public/organizations.org-7.yaml")).exists();
        assertThat(Files.readString(backup.resolve("author/organizations.iula.yaml"))).contains("IULA (draft)");

        Path fresh = temp.resolve("fresh");
        ImportJsonLinesTest.Result restore = ImportJsonLinesTest.run("import", "--all", backup.toString(), "--data", fresh.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.err()).contains("restored 64 item(s) of author workspace 'organizations'",
                "restored 65 item(s) of public workspace 'organizations'"); // org-3's public copy stays: only its draft was deleted

        assertThat(answers(fresh)).isEqualTo(before);
        try (TestSite site = TestSite.builder().combined().existingData().start(fresh)) {
            assertThat(site.content.values("organization", "iula").get("acronym")).isEqualTo("IULA (draft)");
        }
    }

    @Test
    void aFolderThatIsNoBackupIsRefused() throws Exception {
        Path data = TestSite.seededDataFolder(temp.resolve("data"));
        Files.createDirectories(temp.resolve("not-a-backup"));

        ImportJsonLinesTest.Result r = ImportJsonLinesTest.run("import", "--all", temp.resolve("not-a-backup").toString(),
                "--data", data.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: " + temp.resolve("not-a-backup")
                + " is not a backup written by export --all (no oicc-relations-backup.txt)\n");
    }

    private static Map<String, String> answers(Path data) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (TestSite site = TestSite.builder().combined().existingData().site().start(data)) {
            for (String path : ANSWERS) {
                HttpResponse<String> r = site.get(path);
                // pages link absolutely to the server's own address, whose port differs between the two runs
                out.put(path, r.statusCode() + " " + r.body().replace(site.base(), "{base}"));
            }
        }
        return out;
    }
}
