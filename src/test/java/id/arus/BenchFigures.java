package id.arus;

import java.lang.management.ManagementFactory;
import java.util.List;

/** What the benchmarks compute alike from their samples. */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** The nearest-rank percentile {@code p} (0-100) of samples sorted ascending. */
    public static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /**
     * The machine's one-minute load average now; printed next to a figure, because the machine is shared and a
     * figure means little without knowing how busy it was.
     */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
