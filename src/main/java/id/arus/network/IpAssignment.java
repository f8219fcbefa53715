package id.arus.network;

/** One address of a pool held by an owner (a subscription number). */
public record IpAssignment(long poolId, long nasId, String address, String owner) {
}
