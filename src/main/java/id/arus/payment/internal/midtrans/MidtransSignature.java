package id.arus.payment.internal.midtrans;

import id.arus.shared.Digests;

/**
 * Midtrans's notification signature: {@code hex(SHA512(order_id + status_code + gross_amount + serverKey))}.
 * The three fields are used exactly as Midtrans wrote them: {@code "100000.00"} is not {@code "100000"}, and
 * {@code status_code} is 201 for pending, 202 for an expiry, not always 200.
 */
final class MidtransSignature {

    private MidtransSignature() {
    }

    static String of(String orderId, String statusCode, String grossAmount, String serverKey) {
        return Digests.sha512Hex(orderId + statusCode + grossAmount + serverKey);
    }

    /**
     * Whether {@code signatureKey} was made from these fields and the key. Compared in constant time, so a
     * caller learns nothing from how long a wrong guess took; upper-case hex is accepted as well.
     */
    static boolean verify(String orderId, String statusCode, String grossAmount, String signatureKey, String serverKey) {
        if (orderId == null || statusCode == null || grossAmount == null || signatureKey == null || serverKey == null) {
            return false;
        }
        return Digests.sameHex(of(orderId, statusCode, grossAmount, serverKey), signatureKey);
    }
}
