package id.arus.shell;

import java.time.Duration;
import java.util.Locale;

/** Quantities as people read them, staff and customers alike: speeds in Mbps, traffic in MB/GB, uptime in days and hours. */
public final class Quantities {

    private Quantities() {
    }

    public static String speed(long kbps) {
        return kbps >= 1000 && kbps % 1000 == 0 ? (kbps / 1000) + " Mbps"
                : kbps >= 1000 ? String.format(Locale.ROOT, "%.1f Mbps", kbps / 1000.0) : kbps + " kbps";
    }

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    public static String duration(Duration d) {
        if (d == null) {
            return "—";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        return days > 0 ? String.format(Locale.ROOT, "%dd %dh %dm", days, hours, minutes)
                : String.format(Locale.ROOT, "%dh %dm", hours, minutes);
    }
}
