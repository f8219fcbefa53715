package id.arus.monitoring;

import java.time.Duration;
import java.util.List;

/**
 * A router's samples over a time range, oldest first.
 *
 * @param resolution {@link Duration#ZERO} for raw samples (one per poll), else the roll-up's bucket length
 */
public record TelemetrySeries(long nasId, Duration resolution, List<NasSample> samples) {

    public TelemetrySeries {
        samples = List.copyOf(samples);
    }

    public boolean raw() {
        return resolution.isZero();
    }
}
