package org.oicc.relations.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item published unchanged is held once by the two sides of a combined instance: its packed
 * record is the other side's array, not a copy; an edit on the author gives the drafts' side a
 * record of its own and leaves the published item's values as they were.
 */
class TwinSharingTest {

    static final String ORGS = "organizations";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void start() {
        site = TestSite.builder().authorAndPublic().start(dir);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void anItemPublishedUnchangedSharesItsRecordAndAnEditEndsItOnTheEditedSideOnly() {
        WorkspaceIndex published = site.index().workspace(ORGS);
        WorkspaceIndex drafts = site.draftsIndex().workspace(ORGS);
        int columns = published.schema().item().size();
        int shared = 0;
        for (IndexedItem pub : published.items()) {
            IndexedItem draft = drafts.item(pub.path());
            if (draft != null && java.util.Arrays.deepEquals(draft.values(columns), pub.values(columns))) {
                assertThat(draft.record).as(pub.path()).isSameAs(pub.record);
                shared++;
            }
        }
        assertThat(shared).isEqualTo(published.size()); // the seed is published as it is on the author

        IndexedItem pub = published.item("/iula");
        Object[] before = pub.values(columns);
        int name = published.schema().item().position("name");
        int nameAr = published.schema().item().position("name_ar");
        site.content.update("organization", "iula", ItemInput.of(Map.of("name", "Edited on the author")), "editor");

        IndexedItem edited = drafts.item("/iula");
        assertThat(edited.value(name)).isEqualTo("Edited on the author");
        assertThat(edited.value(nameAr)).isNotNull().isEqualTo(pub.value(nameAr));
        assertThat(edited.record).isNotSameAs(pub.record);
        assertThat(published.item("/iula").values(columns)).containsExactly(before);
    }
}
