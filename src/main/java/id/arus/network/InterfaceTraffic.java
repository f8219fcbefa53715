package id.arus.network;

import java.util.Map;

/** One interface's byte counters as the router reports them at one moment (rates come from two readings). */
public record InterfaceTraffic(String name, String type, boolean running, long rxBytes, long txBytes) {

    /** The fields of {@code /interface/print} that {@link #of} reads. */
    public static final String[] PROPLIST = {"name", "type", "running", "rx-byte", "tx-byte"};

    /** One row of {@code /interface/print}; a counter the router leaves out or garbles counts as 0. */
    public static InterfaceTraffic of(Map<String, String> row) {
        return new InterfaceTraffic(row.get("name"), row.get("type"), "true".equals(row.get("running")),
                counter(row.get("rx-byte")), counter(row.get("tx-byte")));
    }

    private static long counter(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
