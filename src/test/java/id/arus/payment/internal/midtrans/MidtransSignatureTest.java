package id.arus.payment.internal.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MidtransSignatureTest {

    // The inputs of Midtrans's own sample in "Receiving Notifications" / "Verifying Notification Authenticity"
    // (docs.midtrans.com/reference/receiving-notifications, PHP: $orderId = "1111"; $statusCode = "200";
    // $grossAmount = "100000.00"; $serverKey = "askvnoibnosifnboseofinbofinfgbiufglnbfg"). The page prints no
    // hash, so the expected value was computed outside Java: printf '%s' '1111200100000.00askvno…' | sha512sum
    // (GNU coreutils), and it agrees with a third-party test that used the same inputs with Python's hashlib.
    static final String DOC_ORDER_ID = "1111";
    static final String DOC_STATUS_CODE = "200";
    static final String DOC_GROSS_AMOUNT = "100000.00";
    static final String DOC_SERVER_KEY = "askvnoibnosifnboseofinbofinfgbiufglnbfg";
    static final String DOC_SIGNATURE = "edc076b21793ebe3e17926350f5b8ae67d902fe657b3d0aa31b932d5c127e2375d"
            + "308a2bc94f3265ac2d80a1f181a79b997ac178a236fcff35af263fc4d4c231";

    @Test
    void documentationSampleGivesTheKnownSignature() {
        assertThat(MidtransSignature.of(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, DOC_SERVER_KEY))
                .isEqualTo(DOC_SIGNATURE);
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, DOC_SIGNATURE, DOC_SERVER_KEY))
                .isTrue();
    }

    @Test
    void upperCaseHexIsTheSameSignature() {
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT,
                DOC_SIGNATURE.toUpperCase(), DOC_SERVER_KEY)).isTrue();
    }

    @Test
    void reformattedAmountDoesNotVerify() {
        // tricky detail 1: "100000" is what a re-formatting parser makes of "100000.00"
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, "100000", DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, "100000.0", DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
    }

    @Test
    void statusCodeIsPartOfTheSignature() {
        // tricky detail 2: a pending notification says 201, an expiry 202; assuming 200 fails them
        String pending = MidtransSignature.of(DOC_ORDER_ID, "201", DOC_GROSS_AMOUNT, DOC_SERVER_KEY);
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, "201", DOC_GROSS_AMOUNT, pending, DOC_SERVER_KEY)).isTrue();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, "200", DOC_GROSS_AMOUNT, pending, DOC_SERVER_KEY)).isFalse();
    }

    @Test
    void tamperedFieldsOrKeyDoNotVerify() {
        assertThat(MidtransSignature.verify("1112", DOC_STATUS_CODE, DOC_GROSS_AMOUNT, DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, "1000000.00", DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, DOC_SIGNATURE, "another-key")).isFalse();
        String flipped = (DOC_SIGNATURE.charAt(0) == 'e' ? "f" : "e") + DOC_SIGNATURE.substring(1);
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, flipped, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT,
                DOC_SIGNATURE.substring(0, 64), DOC_SERVER_KEY)).isFalse();
    }

    @Test
    void missingFieldsDoNotVerify() {
        assertThat(MidtransSignature.verify(null, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, null, DOC_GROSS_AMOUNT, DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, null, DOC_SIGNATURE, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, null, DOC_SERVER_KEY)).isFalse();
        assertThat(MidtransSignature.verify(DOC_ORDER_ID, DOC_STATUS_CODE, DOC_GROSS_AMOUNT, "", DOC_SERVER_KEY)).isFalse();
    }
}
