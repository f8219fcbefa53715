package id.arus.sim.tripay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

/**
 * A payment channel of the simulated merchant, with the fee the customer pays on top and the amount limits Tripay
 * lists per channel. The merchant passes every fee on to the customer, as most ISPs do.
 *
 * @param longestExpiry how long a transaction on this channel may stay payable (QRIS: an hour); a later
 *                      {@code expired_time} is shortened to it
 */
record SimulatedChannel(String group, String code, String name, String type, long flatFee, BigDecimal percentFee,
                        long minimumAmount, long maximumAmount, Duration longestExpiry, boolean active) {

    /** What a Tripay sandbox merchant typically sees. OVO is listed but switched off, as channels often are. */
    static final List<SimulatedChannel> DEFAULT = List.of(
            new SimulatedChannel("Virtual Account", "BRIVA", "BRI Virtual Account", "direct", 4250, BigDecimal.ZERO,
                    10_000, 2_000_000_000, Duration.ofDays(1), true),
            new SimulatedChannel("Virtual Account", "BNIVA", "BNI Virtual Account", "direct", 4250, BigDecimal.ZERO,
                    10_000, 2_000_000_000, Duration.ofDays(1), true),
            new SimulatedChannel("Virtual Account", "BCAVA", "BCA Virtual Account", "direct", 5500, BigDecimal.ZERO,
                    10_000, 2_000_000_000, Duration.ofDays(1), true),
            new SimulatedChannel("Virtual Account", "MANDIRIVA", "Mandiri Virtual Account", "direct", 4250, BigDecimal.ZERO,
                    10_000, 2_000_000_000, Duration.ofDays(1), true),
            new SimulatedChannel("Virtual Account", "PERMATAVA", "Permata Virtual Account", "direct", 4250, BigDecimal.ZERO,
                    10_000, 2_000_000_000, Duration.ofDays(1), true),
            new SimulatedChannel("E-Wallet", "QRIS", "QRIS", "direct", 750, new BigDecimal("0.70"),
                    1_000, 5_000_000, Duration.ofHours(1), true),
            new SimulatedChannel("E-Wallet", "OVO", "OVO", "redirect", 0, new BigDecimal("3.00"),
                    1_000, 2_000_000, Duration.ofHours(1), false),
            new SimulatedChannel("Convenience Store", "ALFAMART", "Alfamart", "direct", 3500, BigDecimal.ZERO,
                    10_000, 2_500_000, Duration.ofDays(1), true),
            new SimulatedChannel("Convenience Store", "INDOMARET", "Indomaret", "direct", 3500, BigDecimal.ZERO,
                    10_000, 2_500_000, Duration.ofDays(1), true));

    /** The customer's fee for an amount: the flat part plus the percentage, rounded up to whole rupiah. */
    long customerFee(long amount) {
        return flatFee + BigDecimal.valueOf(amount).multiply(percentFee).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }
}
