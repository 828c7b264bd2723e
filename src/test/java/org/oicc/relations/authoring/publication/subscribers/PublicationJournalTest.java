package org.oicc.relations.authoring.publication.subscribers;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal on disk: ordered, reopened as it was, pruned from the bottom, never reusing a number. */
class PublicationJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void entriesSurviveAReopenInOrderWithTheirBodies() throws Exception {
        PublicationJournal journal = new PublicationJournal(folder, JSON, 0);
        journal.append(false, "organizations", "/iula", "/", "publication", AT, "'iula':\n".getBytes(StandardCharsets.UTF_8));
        journal.append(true, "organizations", "/isprs", null, "publication", AT.plusSeconds(1), new byte[0]);
        // a write a crash cut short never got its final name: it is not an entry
        Files.writeString(folder.resolve("0000000000000000003.json12345.tmp"), "{\"seq\":3,");

        PublicationJournal reopened = new PublicationJournal(folder, JSON, 0);
        assertThat(reopened.head()).isEqualTo(2);
        assertThat(reopened.after(0)).isEqualTo(new JournalEntry(1, false, "organizations", "/iula", "/", "publication", AT));
        assertThat(reopened.after(1).removal()).isTrue();
        assertThat(reopened.after(2)).isNull();
        assertThat(new String(reopened.body(1), StandardCharsets.UTF_8)).isEqualTo("'iula':\n");
        assertThat(reopened.countAfter(0)).isEqualTo(2);
        assertThat(reopened.latestAfter(0, "organizations", "/isprs").sequence()).isEqualTo(2);
        assertThat(Files.list(folder).filter(p -> p.toString().endsWith(".tmp")).count()).isZero();
    }

    @Test
    void pruningDeletesWhatEveryoneHasAndNumbersGoOnFromTheKnownHead() throws Exception {
        PublicationJournal journal = new PublicationJournal(folder, JSON, 0);
        for (int i = 0; i < 3; i++) {
            journal.append(false, "organizations", "/item" + i, "/", "publication", AT, new byte[0]);
        }
        journal.prune(2);
        assertThat(journal.size()).isEqualTo(1);
        assertThat(journal.countAfter(0)).isEqualTo(1);
        assertThat(journal.after(0).sequence()).isEqualTo(3);
        journal.prune(3);

        PublicationJournal reopened = new PublicationJournal(folder, JSON, 3);
        assertThat(reopened.append(false, "organizations", "/next", "/", "publication", AT, new byte[0]).sequence()).isEqualTo(4);
    }
}
