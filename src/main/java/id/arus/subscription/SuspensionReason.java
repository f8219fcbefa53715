package id.arus.subscription;

import java.util.function.Function;

public enum SuspensionReason {
    NON_PAYMENT, CUSTOMER_REQUEST, ABUSE;

    /**
     * A suspended subscription's {@link Subscription#statusReason()} as people read it: the stored text starts with
     * the reason's name (then the staff's note in brackets), which screens show through {@code label}, e.g. the
     * {@code reason.<NAME>} translation. Any other text comes back as it is.
     */
    public static String readable(String statusReason, Function<SuspensionReason, String> label) {
        if (statusReason == null) {
            return null;
        }
        for (SuspensionReason reason : values()) {
            if (statusReason.startsWith(reason.name())) {
                return label.apply(reason) + statusReason.substring(reason.name().length());
            }
        }
        return statusReason;
    }
}
