package id.arus.payment.internal.tripay;

import id.arus.shared.Digests;
import java.nio.charset.StandardCharsets;

/** Tripay's two HMAC-SHA256 signatures, both keyed with the merchant's private key and written as lowercase hex. */
final class TripaySignatures {

    private TripaySignatures() {
    }

    /**
     * The signature of a closed transaction: over merchant code, merchant ref and the amount as a whole number,
     * concatenated without separators. The amount must be the one posted and the sum of the order items.
     */
    static String transaction(String privateKey, String merchantCode, String merchantRef, long amount) {
        return hmacHex(privateKey, (merchantCode + merchantRef + amount).getBytes(StandardCharsets.UTF_8));
    }

    /** The signature of a callback: over the body's bytes exactly as they arrived (a re-serialised JSON differs). */
    static String callback(String privateKey, byte[] rawBody) {
        return hmacHex(privateKey, rawBody);
    }

    /** Compares in constant time, so the time taken reveals nothing about how much of a forged signature was right. */
    static boolean callbackVerifies(String privateKey, byte[] rawBody, String receivedSignature) {
        if (receivedSignature == null || privateKey == null || privateKey.isEmpty()) {
            return false;
        }
        return Digests.sameHex(callback(privateKey, rawBody), receivedSignature);
    }

    private static String hmacHex(String key, byte[] message) {
        return Digests.hmacSha256Hex(key.getBytes(StandardCharsets.UTF_8), message);
    }
}
