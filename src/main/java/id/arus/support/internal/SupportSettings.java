package id.arus.support.internal;

import id.arus.support.TicketPriority;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ticket SLAs ({@code arus.support.sla.urgent} etc., how long after opening a ticket is due) and how
 * long after resolution a customer may still reopen ({@code arus.support.reopen-within}).
 */
@ConfigurationProperties("arus.support")
public record SupportSettings(Sla sla, Duration reopenWithin) {

    public SupportSettings {
        sla = sla == null ? new Sla(null, null, null, null) : sla;
        reopenWithin = reopenWithin == null ? Duration.ofDays(14) : reopenWithin;
    }

    public record Sla(Duration urgent, Duration high, Duration normal, Duration low) {

        public Sla {
            urgent = urgent == null ? Duration.ofHours(4) : urgent;
            high = high == null ? Duration.ofHours(8) : high;
            normal = normal == null ? Duration.ofHours(24) : normal;
            low = low == null ? Duration.ofHours(72) : low;
        }

        public Duration of(TicketPriority priority) {
            return switch (priority) {
                case URGENT -> urgent;
                case HIGH -> high;
                case NORMAL -> normal;
                case LOW -> low;
            };
        }
    }

    public Instant dueAt(Instant openedAt, TicketPriority priority) {
        return openedAt.plus(sla.of(priority));
    }

    /** Whether a ticket finished at {@code finishedAt} may still be reopened by its customer at {@code now}. */
    public boolean mayReopen(Instant finishedAt, Instant now) {
        return finishedAt != null && !finishedAt.plus(reopenWithin).isBefore(now);
    }
}
