package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changes to one entry of a submodel list, read and written under the write lock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryEditsTest {

    private static final int ENTRIES = 4;

    private ContentFixture f;
    private String category;

    @BeforeAll
    void start(@TempDir Path home) {
        try {
            f = new ContentFixture(home);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        category = f.category("membership", "Membership").id();
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void parallelChangesToDifferentEntriesAllSurvive() throws Exception {
        f.organization("busy", Map.of("name", "Edited by many", "relationships", entries("role")));
        ExecutorService pool = Executors.newFixedThreadPool(ENTRIES);
        try {
            CyclicBarrier start = new CyclicBarrier(ENTRIES);
            List<Future<Item>> edits = new ArrayList<>();
            for (int i = 0; i < ENTRIES; i++) {
                int entry = i;
                edits.add(pool.submit(() -> {
                    start.await();
                    return f.service.updateEntries("organization", "busy", "relationships",
                            list -> list.set(entry, withRole(list.get(entry), "changed " + entry)), "editor" + entry, null,
                            (item, node) -> item);
                }));
            }
            for (Future<Item> edit : edits) {
                edit.get();
            }
        } finally {
            pool.shutdownNow();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) f.service.values("organization", "busy").get("relationships");
        assertThat(stored).extracting(e -> e.get("role")).containsExactly("changed 0", "changed 1", "changed 2", "changed 3");
    }

    @Test
    void aStaleEntryEditIsRefusedAndChangesNothing() {
        Item read = f.organization("stale-entries", Map.of("name", "Read twice", "relationships", entries("before")));

        assertThatThrownBy(() -> f.service.updateEntries("organization", "stale-entries", "relationships",
                list -> list.remove(0), "editor", current -> current.version() != read.version(), (item, node) -> item))
                .isInstanceOf(StaleItemException.class);
        assertThat(f.service.read("organization", "stale-entries")).isEqualTo(read);
    }

    @Test
    void theAnswerIsMadeFromTheSavedNode() {
        f.organization("answered", Map.of("name", "Answered", "relationships", entries("first")));

        String answer = f.service.updateEntries("organization", "answered", "relationships", List::clear, "editor", null,
                (item, node) -> StoredNodes.clientPath(node) + " has " + node.hasNode("relationships") + ", " + item.property("relationships"));

        assertThat(answer).isEqualTo("/answered has false, Optional.empty");
    }

    private List<Object> entries(String role) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            out.add(Map.of("category", category, "role", role + " " + i));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withRole(Object entry, String role) {
        Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) entry);
        changed.put("role", role);
        return changed;
    }
}
