package id.arus.payment.internal.midtrans;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code arus.payment.midtrans.*} settings, read on every call rather than bound once: the notification
 * URL may name the server's own port (known only once it listens), and an operator's change of a key in the
 * environment takes effect without a restart of this bean. Environment variables work through Spring's
 * relaxed names, e.g. {@code ARUS_PAYMENT_MIDTRANS_SERVER_KEY}.
 */
@Component
class MidtransSettings {

    static final String PREFIX = "arus.payment.midtrans.";
    static final String SANDBOX_SNAP_URL = "https://app.sandbox.midtrans.com";
    static final String SANDBOX_API_URL = "https://api.sandbox.midtrans.com";
    /** Midtrans's own list of Snap channels for Indonesia's common ways to pay; operators narrow it. */
    static final String DEFAULT_ENABLED_PAYMENTS =
            "bca_va,bni_va,bri_va,permata_va,echannel,other_va,gopay,shopeepay,other_qris,indomaret";
    static final int DEFAULT_EXPIRY_MINUTES = 1440;

    private final Environment environment;

    MidtransSettings(Environment environment) {
        this.environment = environment;
    }

    /** The secret server key; never logged. */
    String serverKey() {
        String key = environment.getProperty(PREFIX + "server-key", "").trim();
        if (key.isEmpty()) {
            throw new MidtransException(MidtransException.Reason.NOT_CONFIGURED,
                    "Midtrans is not configured: set arus.payment.midtrans.server-key (ARUS_PAYMENT_MIDTRANS_SERVER_KEY)");
        }
        return key;
    }

    String snapUrl() {
        return withoutTrailingSlash(environment.getProperty(PREFIX + "snap-url", SANDBOX_SNAP_URL));
    }

    String apiUrl() {
        return withoutTrailingSlash(environment.getProperty(PREFIX + "api-url", SANDBOX_API_URL));
    }

    List<String> enabledPayments() {
        return Arrays.stream(environment.getProperty(PREFIX + "enabled-payments", DEFAULT_ENABLED_PAYMENTS).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    int expiryMinutes() {
        int minutes = environment.getProperty(PREFIX + "expiry-minutes", Integer.class, DEFAULT_EXPIRY_MINUTES);
        if (minutes < 1) {
            throw new MidtransException(MidtransException.Reason.NOT_CONFIGURED,
                    "arus.payment.midtrans.expiry-minutes must be at least 1, not " + minutes);
        }
        return minutes;
    }

    /** Where Midtrans should send this transaction's notifications, or empty for the dashboard's setting. */
    String notificationUrl() {
        return environment.getProperty(PREFIX + "notification-url", "").trim();
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
