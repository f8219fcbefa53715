package id.arus.audit;

/**
 * The result of re-computing the hash chain.
 *
 * @param firstBrokenId the first entry whose stored hash or link does not match; null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenId, String reason) {
}
