package id.arus.payment.internal.tripay;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The merchant's Tripay settings ({@code arus.payment.tripay.*}). Sandbox and production have separate keys
 * and base URLs (chosen by path: {@code .../api-sandbox/} or {@code .../api/}); mixing them is the usual cause of
 * "invalid signature" in production, so the three always come from the same place.
 *
 * @param baseUrl       {@code https://tripay.co.id/api-sandbox/} or {@code https://tripay.co.id/api/}
 * @param apiKey        sent as {@code Authorization: Bearer}; secret
 * @param privateKey    signs transactions and verifies callbacks; secret, never sent
 * @param merchantCode  part of every transaction signature, e.g. {@code T12345}
 * @param callbackUrl   where Tripay posts status changes (Arus's {@code /webhooks/tripay})
 * @param returnUrl     where the customer's browser goes after paying
 * @param expiryMinutes how long a transaction stays payable when the caller does not say
 * @param channelCache  how long the channel list is reused before Tripay is asked again
 * @param fallbackEmail sent as {@code customer_email} for a customer without one (Tripay requires it), e.g. the
 *                      ISP's billing address; unset, such a checkout is refused by Tripay
 */
record TripaySettings(String baseUrl, String apiKey, String privateKey, String merchantCode, String callbackUrl,
                      String returnUrl, Integer expiryMinutes, Duration channelCache, String fallbackEmail) {

    static final String PREFIX = "arus.payment.tripay";
    static final String SANDBOX_URL = "https://tripay.co.id/api-sandbox/";

    TripaySettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? SANDBOX_URL : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        apiKey = apiKey == null ? "" : apiKey.trim();
        privateKey = privateKey == null ? "" : privateKey.trim();
        merchantCode = merchantCode == null ? "" : merchantCode.trim();
        expiryMinutes = expiryMinutes == null ? 24 * 60 : expiryMinutes;
        channelCache = channelCache == null ? Duration.ofMinutes(10) : channelCache;
    }

    /**
     * Reads the settings now. They are read on every call rather than once at start-up, so a URL that names a
     * port known only after start-up (the test server's own port in the callback URL) resolves correctly.
     */
    static TripaySettings from(Environment environment) {
        return Binder.get(environment).bind(PREFIX, TripaySettings.class)
                .orElseGet(() -> new TripaySettings(null, null, null, null, null, null, null, null, null));
    }

    /** Only the private key, for each callback's signature check: binding all the settings cost a tenth of a callback. */
    static String privateKey(Environment environment) {
        return environment.getProperty(PREFIX + ".private-key", "").trim();
    }

    boolean configured() {
        return !apiKey.isEmpty() && !privateKey.isEmpty() && !merchantCode.isEmpty();
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
        return "TripaySettings[baseUrl=" + baseUrl + ", merchantCode=" + merchantCode + ", callbackUrl=" + callbackUrl
                + ", returnUrl=" + returnUrl + ", expiryMinutes=" + expiryMinutes + ", channelCache=" + channelCache + "]";
    }
}
