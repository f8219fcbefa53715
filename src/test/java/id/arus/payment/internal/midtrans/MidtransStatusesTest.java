package id.arus.payment.internal.midtrans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.payment.GatewayStatus;
import id.arus.shared.Money;
import org.junit.jupiter.api.Test;

class MidtransStatusesTest {

    @Test
    void onlySettlementAndAcceptedCaptureArePaid() {
        assertThat(MidtransStatuses.map("settlement", null)).isEqualTo(GatewayStatus.PAID);
        assertThat(MidtransStatuses.map("capture", "accept")).isEqualTo(GatewayStatus.PAID);
        assertThat(MidtransStatuses.map("capture", "challenge")).isEqualTo(GatewayStatus.PENDING);
        assertThat(MidtransStatuses.map("capture", null)).isEqualTo(GatewayStatus.PENDING);
        assertThat(MidtransStatuses.map("pending", null)).isEqualTo(GatewayStatus.PENDING);
        assertThat(MidtransStatuses.map("authorize", "accept")).isEqualTo(GatewayStatus.PENDING);
    }

    @Test
    void theOtherStatusesMapAsDocumented() {
        assertThat(MidtransStatuses.map("deny", null)).isEqualTo(GatewayStatus.FAILED);
        assertThat(MidtransStatuses.map("cancel", null)).isEqualTo(GatewayStatus.FAILED);
        assertThat(MidtransStatuses.map("failure", null)).isEqualTo(GatewayStatus.FAILED);
        assertThat(MidtransStatuses.map("expire", null)).isEqualTo(GatewayStatus.EXPIRED);
        assertThat(MidtransStatuses.map("refund", null)).isEqualTo(GatewayStatus.REFUNDED);
        assertThat(MidtransStatuses.map("partial_refund", null)).isEqualTo(GatewayStatus.REFUNDED);
        assertThat(MidtransStatuses.map("chargeback", null)).isEqualTo(GatewayStatus.CHARGEBACK);
        assertThat(MidtransStatuses.map("partial_chargeback", null)).isEqualTo(GatewayStatus.CHARGEBACK);
        assertThat(MidtransStatuses.map("something_new", null)).isEqualTo(GatewayStatus.PENDING);
    }

    @Test
    void grossAmountIsWholeRupiah() {
        assertThat(MidtransStatuses.amount("150000.00")).isEqualTo(Money.idr(150_000));
        assertThat(MidtransStatuses.amount("150000")).isEqualTo(Money.idr(150_000));
        assertThat(MidtransStatuses.amount("abc")).isNull();
        assertThat(MidtransStatuses.amount(null)).isNull();
    }

    @Test
    void channelInSnapWords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(MidtransStatuses.channel(json.readTree("{\"payment_type\":\"bank_transfer\",\"va_numbers\":[{\"bank\":\"bni\"}]}")))
                .isEqualTo("bni_va");
        assertThat(MidtransStatuses.channel(json.readTree("{\"payment_type\":\"bank_transfer\",\"permata_va_number\":\"8562\"}")))
                .isEqualTo("permata_va");
        assertThat(MidtransStatuses.channel(json.readTree("{\"payment_type\":\"cstore\",\"store\":\"indomaret\"}")))
                .isEqualTo("indomaret");
        assertThat(MidtransStatuses.channel(json.readTree("{\"payment_type\":\"gopay\"}"))).isEqualTo("gopay");
    }

    @Test
    void refundableOnlyForCardsWalletsAndQris() {
        assertThat(MidtransStatuses.refundable("credit_card")).isTrue();
        assertThat(MidtransStatuses.refundable("gopay")).isTrue();
        assertThat(MidtransStatuses.refundable("qris")).isTrue();
        assertThat(MidtransStatuses.refundable("bank_transfer")).isFalse();
        assertThat(MidtransStatuses.refundable("echannel")).isFalse();
        assertThat(MidtransStatuses.refundable("cstore")).isFalse();
        assertThat(MidtransStatuses.refundable(null)).isFalse();
    }
}
