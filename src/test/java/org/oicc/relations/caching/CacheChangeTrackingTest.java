package org.oicc.relations.caching;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;
import org.oicc.relations.testing.TestSite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Generations and change instants per workspace, from JCR observation on a real repository. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheChangeTrackingTest {

    private static final Set<String> ALL = Set.of("organizations", "relationship-categories", "agreement-aims", "website",
            "dam");
    private TestSite site;
    private ContentService content;
    private int edits;

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().start(data);
        content = new ContentService(site.module, site.sessions);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void theModulesWorkspacesAreWatched() {
        assertThat(site.module.workspaces()).isEqualTo(ALL);
    }

    @Test
    void aSaveBumpsItsWorkspaceOnlyBeforeSaveReturns() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        try (WorkspaceChanges changes = new WorkspaceChanges(ALL, clock)) {
            changes.start(site.sessions);
            ChangeStamp before = changes.stamp(ALL).orElseThrow();
            assertThat(before.lastModified()).isEqualTo(start);

            clock.now = start.plusSeconds(90);
            editAim();

            ChangeStamp after = changes.stamp(ALL).orElseThrow();
            assertThat(after.generations().get("agreement-aims")).isGreaterThan(before.generations().get("agreement-aims"));
            assertThat(after.generations().get("organizations")).isEqualTo(before.generations().get("organizations"));
            assertThat(after.generations().get("relationship-categories")).isEqualTo(before.generations().get("relationship-categories"));
            assertThat(after.lastModified()).isEqualTo(start.plusSeconds(90));
            assertThat(changes.stamp(Set.of("organizations")).orElseThrow().lastModified()).isEqualTo(start);
        }
    }

    @Test
    void aWorkspaceNobodyWatchesHasNoStamp() {
        try (WorkspaceChanges changes = new WorkspaceChanges(ALL, Clock.systemUTC())) {
            assertThat(changes.stamp(Set.of("organizations", "users"))).isEmpty();
            assertThat(changes.stamp(Set.of())).hasValueSatisfying(s -> assertThat(s.generations()).isEmpty());
        }
    }

    @Test
    void anAnswerFromDefinitionsAloneDatesFromTheStart() {
        Instant start = Instant.parse("2026-03-01T08:00:00Z");
        try (WorkspaceChanges changes = new WorkspaceChanges(ALL, new MutableClock(start))) {
            assertThat(changes.stamp(Set.of()).orElseThrow().lastModified()).isEqualTo(start);
        }
    }

    @Test
    void afterCloseNothingIsObservedAnyMore() throws Exception {
        WorkspaceChanges changes = new WorkspaceChanges(ALL, Clock.systemUTC());
        changes.start(site.sessions);
        changes.close();
        ChangeStamp closed = changes.stamp(ALL).orElseThrow();

        editAim();

        assertThat(changes.stamp(ALL).orElseThrow().sameGenerations(closed)).isTrue();
    }

    @Test
    void aFailingListenerStaysRegisteredAndTheWriterNeverSeesTheFailure() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Clock failsOnce = new MutableClock(Instant.parse("2026-01-01T00:00:00Z")) {
            @Override
            public Instant instant() {
                // the constructor asks first; the first change then fails
                if (calls.incrementAndGet() == 2) {
                    throw new IllegalStateException("clock broken for one call");
                }
                return super.instant();
            }
        };
        try (WorkspaceChanges changes = new WorkspaceChanges(ALL, failsOnce)) {
            changes.start(site.sessions);
            long before = changes.stamp(ALL).orElseThrow().generations().get("agreement-aims");

            editAim();
            editAim();

            assertThat(calls.get()).as("the failing call happened").isGreaterThanOrEqualTo(3);
            assertThat(changes.stamp(ALL).orElseThrow().generations().get("agreement-aims")).isGreaterThan(before);
        }
    }

    private void editAim() {
        content.update("agreementAim", "exchange-of-expertise", ItemInput.of(Map.of("title", "Expertise " + (++edits))), "editor");
    }

    private static class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
