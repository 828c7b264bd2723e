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
 * An item published unchanged is held once by the two sides of a combined instance: its path and
 * its array of values are the other side's instances, not copies; an edit on the author gives the
 * drafts' side arrays of its own and leaves the published item's values as they were.
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
    void anItemPublishedUnchangedSharesItsPathAndValuesAndAnEditEndsItOnTheEditedSideOnly() {
        WorkspaceIndex published = site.index().workspace(ORGS);
        WorkspaceIndex drafts = site.draftsIndex().workspace(ORGS);
        int shared = 0;
        for (IndexedItem pub : published.items()) {
            IndexedItem draft = drafts.item(pub.path);
            if (draft != null && java.util.Arrays.deepEquals(draft.values, pub.values)) {
                assertThat(draft.values).as(pub.path).isSameAs(pub.values);
                assertThat(draft.path).as(pub.path).isSameAs(pub.path);
                shared++;
            }
        }
        assertThat(shared).isEqualTo(published.size()); // the seed is published as it is on the author

        IndexedItem pub = published.item("/iula");
        Object[] before = pub.values.clone();
        int name = published.schema().item().position("name");
        site.content.update("organization", "iula", ItemInput.of(Map.of("name", "Edited on the author")), "editor");

        IndexedItem edited = drafts.item("/iula");
        assertThat(edited.values[name]).isEqualTo("Edited on the author");
        assertThat(edited.values).isNotSameAs(pub.values);
        assertThat(published.item("/iula").values).containsExactly(before);
    }
}
