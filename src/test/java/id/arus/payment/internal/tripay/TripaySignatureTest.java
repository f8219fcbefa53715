package id.arus.payment.internal.tripay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Tripay's documentation shows how to sign (PHP {@code hash_hmac('sha256', $merchantCode.$merchantRef.$amount,
 * $privateKey)}) but publishes no expected output, so the expected values below were computed independently in a
 * shell, e.g. {@code printf '%s' 'T0001INV555671500000' | openssl dgst -sha256 -hmac 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX'},
 * and cross-checked with Python's {@code hmac.new(key, msg, hashlib.sha256).hexdigest()}.
 */
class TripaySignatureTest {

    /** The placeholder private key of Tripay's documentation examples. */
    static final String PRIVATE_KEY = "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX";

    /** A callback body exactly as Tripay writes it: compact JSON, fields in Tripay's order. */
    static final String CALLBACK_BODY = "{\"reference\":\"T0001000000000000006\",\"merchant_ref\":\"INV-2026-11-000045-1\","
            + "\"payment_method\":\"BRI Virtual Account\",\"payment_method_code\":\"BRIVA\",\"total_amount\":111500,"
            + "\"fee_merchant\":0,\"fee_customer\":4250,\"total_fee\":4250,\"amount_received\":107250,"
            + "\"is_closed_payment\":1,\"status\":\"PAID\",\"paid_at\":1764500000,\"note\":null}";

    @Test
    void signsATransactionOverMerchantCodeMerchantRefAndWholeAmount() {
        assertThat(TripaySignatures.transaction(PRIVATE_KEY, "T0001", "INV55567", 1_500_000))
                .isEqualTo("64baa3fc83491bac3ab25dc1b770d01247b9c7eccdad6331a83ea568a8027732");
    }

    @Test
    void aDifferentAmountGivesADifferentTransactionSignature() {
        assertThat(TripaySignatures.transaction(PRIVATE_KEY, "T0001", "INV55567", 1_500_001))
                .isNotEqualTo("64baa3fc83491bac3ab25dc1b770d01247b9c7eccdad6331a83ea568a8027732");
    }

    @Test
    void signsACallbackOverItsRawBody() {
        assertThat(TripaySignatures.callback(PRIVATE_KEY, CALLBACK_BODY.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("9e3de6f82905864c1f73bb7ba56a08370660fc5cb436791d65748b6ceac7b7fa");
    }

    @Test
    void verifiesTheRawBodyButNotTheSameJsonReSerialised() {
        byte[] raw = CALLBACK_BODY.getBytes(StandardCharsets.UTF_8);
        String signature = "9e3de6f82905864c1f73bb7ba56a08370660fc5cb436791d65748b6ceac7b7fa";
        assertThat(TripaySignatures.callbackVerifies(PRIVATE_KEY, raw, signature)).isTrue();
        assertThat(TripaySignatures.callbackVerifies(PRIVATE_KEY, raw, signature.toUpperCase())).isTrue();
        // the same fields with the spacing a JSON library would write: another signature (python json.dumps,
        // HMAC e9597c3c...); this is why the receiver must never re-serialise the body
        byte[] reserialised = CALLBACK_BODY.replace("\":", "\": ").replace(",\"", ", \"").getBytes(StandardCharsets.UTF_8);
        assertThat(TripaySignatures.callback(PRIVATE_KEY, reserialised))
                .isEqualTo("e9597c3ccda23d73319ba8422f1d9249c6f136cb0e40537a4aedc8be0df197bc");
        assertThat(TripaySignatures.callbackVerifies(PRIVATE_KEY, reserialised, signature)).isFalse();
    }

    @Test
    void refusesAMissingSignatureAWrongKeyAndAnUnsetKey() {
        byte[] raw = CALLBACK_BODY.getBytes(StandardCharsets.UTF_8);
        String signature = "9e3de6f82905864c1f73bb7ba56a08370660fc5cb436791d65748b6ceac7b7fa";
        assertThat(TripaySignatures.callbackVerifies(PRIVATE_KEY, raw, null)).isFalse();
        assertThat(TripaySignatures.callbackVerifies("YYYYY-XXXXX-XXXXX-XXXXX-XXXXX", raw, signature)).isFalse();
        assertThat(TripaySignatures.callbackVerifies("", raw, signature)).isFalse();
        assertThat(TripaySignatures.callbackVerifies(PRIVATE_KEY, raw, signature.substring(1))).isFalse();
    }
}
