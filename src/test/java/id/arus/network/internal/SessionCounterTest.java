package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionCounterTest {

    static final Instant MIDNIGHT = Instant.parse("2026-11-29T17:00:00Z"); // 00:00 in Jakarta
    static final Instant START = MIDNIGHT.plus(Duration.ofHours(8));

    static SessionCounter at(String ref, Instant startedAt, long rx, long tx) {
        return new SessionCounter("ana", ref, startedAt, rx, tx);
    }

    @Test
    void theSameSessionAddsItsCountersGrowth() {
        SessionCounter before = at("0x81", START, 1_000, 5_000);
        // one second later in the start time: uptime is whole seconds and the clocks differ a little
        SessionCounter now = at("0x81", START.plusSeconds(1), 1_600, 9_000);
        assertThat(now.growthSince(before, MIDNIGHT)).containsExactly(600, 4_000);
    }

    @Test
    void aWrappedOrResetCounterCountsOnlyWhatItCountedSince() {
        long near32 = (1L << 32) - 100;
        assertThat(at("0x81", START, 50, 20).growthSince(at("0x81", START, near32, 10), MIDNIGHT)).containsExactly(150, 10);
        assertThat(at("0x81", START, 700, 20).growthSince(at("0x81", START, 5_000, 10), MIDNIGHT)).containsExactly(700, 10);
    }

    @Test
    void aNewSessionCountsFromItsStartWhenNoByteOfItCanHaveBeenCounted() {
        SessionCounter old = at("0x81", START, 1_000, 5_000);
        SessionCounter redialled = at("0x82", START.plus(Duration.ofHours(1)), 300, 800);
        assertThat(redialled.growthSince(old, MIDNIGHT)).containsExactly(300, 800);
        assertThat(redialled.growthSince(null, MIDNIGHT)).containsExactly(300, 800);
        // a reused id after a reboot is a new session too, told by its start
        SessionCounter reused = at("0x81", START.plus(Duration.ofHours(3)), 40, 90);
        assertThat(reused.growthSince(old, MIDNIGHT)).containsExactly(40, 90);
    }

    @Test
    void aSessionFromBeforeTodayThatArusNeverSawIsCountedFromNowOn() {
        SessionCounter sinceYesterday = at("0x90", MIDNIGHT.minus(Duration.ofHours(5)), 9_000_000, 70_000_000);
        assertThat(sinceYesterday.growthSince(null, MIDNIGHT)).containsExactly(0, 0);
    }

    @Test
    void newSessionsAreCountedFromTodayOrFromJustBeforeTheRoutersPreviousRound() {
        assertThat(SessionCounter.countNewFrom(null, MIDNIGHT)).isEqualTo(MIDNIGHT);
        assertThat(SessionCounter.countNewFrom(START, MIDNIGHT)).isEqualTo(MIDNIGHT);
        // Arus stopped at 22:00 yesterday: what began while it was stopped counts from its start
        Instant lastEvening = MIDNIGHT.minus(Duration.ofHours(2));
        assertThat(SessionCounter.countNewFrom(lastEvening, MIDNIGHT)).isEqualTo(lastEvening.minus(SessionCounter.SAME_START));
    }
}
