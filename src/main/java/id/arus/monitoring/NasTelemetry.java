package id.arus.monitoring;

import id.arus.monitoring.internal.TelemetryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads routers' telemetry for staff screens. A short, recent range comes from the raw samples (one per
 * poll); a longer or older one from the 5-minute roll-ups, so a chart never receives more points than it
 * can draw and a year of history stays cheap.
 */
@Service
public class NasTelemetry {

    private final TelemetryStore store;
    private final Duration rawRetention;
    private final Duration longestRawRange;
    private final Clock clock;

    NasTelemetry(TelemetryStore store, @Value("${arus.monitoring.raw-retention:7d}") Duration rawRetention,
                 @Value("${arus.monitoring.longest-raw-range:6h}") Duration longestRawRange) {
        this.store = store;
        this.rawRetention = rawRetention;
        this.longestRawRange = longestRawRange;
        this.clock = Clock.systemUTC();
    }

    /** The router's newest stored sample, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Optional<NasSample> latest(long nasId) {
        return store.latest(nasId);
    }

    /** The router's samples with {@code from <= time < to}, raw or rolled up (see the class comment). */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public TelemetrySeries series(long nasId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The range must start before it ends: " + from + " .. " + to);
        }
        return resolutionFor(from, to).isZero()
                ? new TelemetrySeries(nasId, Duration.ZERO, store.raw(nasId, from, to))
                : new TelemetrySeries(nasId, TelemetryStore.ROLLUP, store.rolledUp(nasId, from, to));
    }

    /** Raw while the range is short and its start is still within the raw samples' retention. */
    Duration resolutionFor(Instant from, Instant to) {
        boolean shortRange = Duration.between(from, to).compareTo(longestRawRange) <= 0;
        boolean rawKept = !from.isBefore(clock.instant().minus(rawRetention));
        return shortRange && rawKept ? Duration.ZERO : TelemetryStore.ROLLUP;
    }
}
