package id.arus.catalog;

/**
 * RouterOS burst settings of a plan, speeds in kbit/s and time in seconds; each pair is download/upload.
 * {@code limitAt} is the guaranteed rate (CIR).
 */
public record Burst(Long limitAtDownKbps, Long limitAtUpKbps, Long burstDownKbps, Long burstUpKbps,
                    Long thresholdDownKbps, Long thresholdUpKbps, Integer burstTimeSeconds) {
}
