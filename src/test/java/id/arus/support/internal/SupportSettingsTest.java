package id.arus.support.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.support.TicketPriority;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportSettingsTest {

    private final Instant opened = Instant.parse("2026-11-30T02:00:00Z");

    @Test
    void defaultSlasGiveUrgentFourHoursAndLowThreeDays() {
        SupportSettings settings = new SupportSettings(null, null);

        assertThat(settings.dueAt(opened, TicketPriority.URGENT)).isEqualTo(Instant.parse("2026-11-30T06:00:00Z"));
        assertThat(settings.dueAt(opened, TicketPriority.HIGH)).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(settings.dueAt(opened, TicketPriority.NORMAL)).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(settings.dueAt(opened, TicketPriority.LOW)).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
    }

    @Test
    void aConfiguredSlaReplacesOnlyItsOwnPriority() {
        SupportSettings settings = new SupportSettings(new SupportSettings.Sla(Duration.ofHours(2), null, null, null), null);

        assertThat(settings.dueAt(opened, TicketPriority.URGENT)).isEqualTo(opened.plus(Duration.ofHours(2)));
        assertThat(settings.dueAt(opened, TicketPriority.HIGH)).isEqualTo(opened.plus(Duration.ofHours(8)));
    }

    @Test
    void aFinishedTicketMayBeReopenedOnlyWithinTheWindow() {
        SupportSettings settings = new SupportSettings(null, Duration.ofDays(7));
        Instant finished = Instant.parse("2026-11-01T00:00:00Z");

        assertThat(settings.mayReopen(finished, finished.plus(Duration.ofDays(7)))).isTrue();
        assertThat(settings.mayReopen(finished, finished.plus(Duration.ofDays(7)).plusSeconds(1))).isFalse();
        assertThat(settings.mayReopen(null, finished)).isFalse();
    }
}
