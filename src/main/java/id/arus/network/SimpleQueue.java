package id.arus.network;

/**
 * A simple queue limiting one subscriber's address. Rates are {@code upload/download} as RouterOS writes
 * them ({@code 5M/10M}); the burst fields are optional (null = RouterOS's default, no burst).
 *
 * @param target        the subscriber's address or network; a bare address is stored as {@code /32}
 * @param burstTime     seconds as {@code rx/tx}, e.g. {@code 8s/8s}
 */
public record SimpleQueue(String name, String target, String maxLimit, String burstLimit, String burstThreshold,
                          String burstTime, String limitAt, String comment) {

    public static SimpleQueue of(String name, String target, String maxLimit) {
        return new SimpleQueue(name, target, maxLimit, null, null, null, null, null);
    }
}
