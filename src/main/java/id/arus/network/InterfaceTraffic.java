package id.arus.network;

/** One interface's byte counters as the router reports them at one moment (rates come from two readings). */
public record InterfaceTraffic(String name, String type, boolean running, long rxBytes, long txBytes) {
}
