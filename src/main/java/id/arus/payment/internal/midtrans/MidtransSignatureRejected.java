package id.arus.payment.internal.midtrans;

/**
 * A notification that did not prove it came from Midtrans (no or a wrong {@code signature_key}, or a body that
 * is not JSON). The notification route answers it with 401; nothing of it is stored.
 */
public class MidtransSignatureRejected extends RuntimeException {

    MidtransSignatureRejected(String why) {
        super(why, null, false, false);
    }
}
