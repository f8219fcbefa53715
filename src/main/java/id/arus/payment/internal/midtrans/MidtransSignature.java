package id.arus.payment.internal.midtrans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Midtrans's notification signature: {@code hex(SHA512(order_id + status_code + gross_amount + serverKey))}.
 * The three fields are used exactly as Midtrans wrote them: {@code "100000.00"} is not {@code "100000"}, and
 * {@code status_code} is 201 for pending, 202 for an expiry, not always 200.
 */
final class MidtransSignature {

    private MidtransSignature() {
    }

    static String of(String orderId, String statusCode, String grossAmount, String serverKey) {
        try {
            MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
            byte[] digest = sha512.digest((orderId + statusCode + grossAmount + serverKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }

    /**
     * Whether {@code signatureKey} was made from these fields and the key. Compared in constant time, so a
     * caller learns nothing from how long a wrong guess took; upper-case hex is accepted as well.
     */
    static boolean verify(String orderId, String statusCode, String grossAmount, String signatureKey, String serverKey) {
        if (orderId == null || statusCode == null || grossAmount == null || signatureKey == null || serverKey == null) {
            return false;
        }
        byte[] expected = of(orderId, statusCode, grossAmount, serverKey).getBytes(StandardCharsets.US_ASCII);
        byte[] received = signatureKey.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received);
    }
}
