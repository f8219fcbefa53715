package id.arus.network;

/**
 * A range of addresses on one NAS from which static-IP subscribers get their address, e.g.
 * {@code 10.20.0.0/24} (network and broadcast addresses are never handed out) or {@code 10.20.0.10-10.20.0.200}.
 */
public record IpPool(long id, long nasId, String name, String ranges, int size, int assigned) {
}
