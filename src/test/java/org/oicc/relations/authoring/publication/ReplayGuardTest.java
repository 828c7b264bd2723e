package org.oicc.relations.authoring.publication;

import org.junit.jupiter.api.Test;
import org.oicc.relations.authoring.publication.signing.ReplayGuard;
import org.oicc.relations.authoring.publication.signing.ReplayGuard.Verdict;

import java.time.Clock;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The receiver's nonce memory: the window, the future skew, and a bound that never reopens a replay. */
class ReplayGuardTest {

    private static final long T = 1_800_000_000L;

    private static Clock at(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    @Test
    void aNonceIsAdmittedOnceWithinTheWindow() {
        ReplayGuard guard = new ReplayGuard(at(T));
        assertThat(guard.admit(T, "a")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T, "a")).isEqualTo(Verdict.REPLAYED);
        assertThat(guard.admit(T - 10, "b")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T + 5, "c")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T + 6, "d")).isEqualTo(Verdict.FUTURE);
        assertThat(guard.admit(T - ReplayGuard.WINDOW.getSeconds() - 1, "e")).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void noncesOutsideTheWindowAreForgottenTheirCallsRefusedByAge() {
        MutableClock clock = new MutableClock(T);
        ReplayGuard guard = new ReplayGuard(clock);
        guard.admit(T, "a");
        clock.now = T + ReplayGuard.WINDOW.getSeconds() + 1;
        assertThat(guard.admit(T + ReplayGuard.WINDOW.getSeconds(), "b")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.size()).isEqualTo(1);
        assertThat(guard.admit(T, "a")).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void whenFullTheOldestGoesAndNothingAsOldIsAdmittedAnyMore() {
        ReplayGuard guard = new ReplayGuard(at(T), 3);
        assertThat(guard.admit(T - 30, "a")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T - 20, "b")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T - 10, "c")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.admit(T, "d")).isEqualTo(Verdict.ACCEPTED);
        assertThat(guard.size()).isEqualTo(3);
        // "a" was dropped early: its replay is refused by the floor, not let through
        assertThat(guard.admit(T - 30, "a")).isEqualTo(Verdict.EXPIRED);
        assertThat(guard.admit(T - 25, "e")).isEqualTo(Verdict.EXPIRED);
        assertThat(guard.admit(T - 20, "b")).isEqualTo(Verdict.REPLAYED);
    }

    private static final class MutableClock extends Clock {
        long now;

        MutableClock(long now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(now);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

}
