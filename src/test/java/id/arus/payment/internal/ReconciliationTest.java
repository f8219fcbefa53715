package id.arus.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The differences the reconciliation looks for, and the agreements it leaves alone. */
class ReconciliationTest {

    private static final String ORDER = "INV-2026-11-000010-1";

    private static GatewayNotification gateway(GatewayStatus status, String raw, long amount) {
        return new GatewayNotification(PaymentMethod.MIDTRANS, ORDER, "tx-1", status, raw, Money.idr(amount), "bca_va",
                Instant.parse("2026-11-30T01:00:00Z"), null);
    }

    private static Optional<Payment> arus(String status, long amount) {
        return Optional.of(new Payment(1, "PAY-2026-11-000010", "INV-2026-11-000010", "C-0001", Money.idr(amount),
                PaymentMethod.MIDTRANS, "bca_va", ORDER, Instant.parse("2026-11-30T01:00:00Z"), "system:midtrans-callback",
                null, status, Money.ZERO));
    }

    @Test
    void gatewayPaidButArusNot() {
        var difference = Reconciliation.compare(gateway(GatewayStatus.PAID, "settlement", 111_000), Optional.empty());
        assertThat(difference).map(Reconciliation.Difference::kind).contains(PaymentReviews.Kind.GATEWAY_PAID_ARUS_NOT);
        assertThat(difference.get().detail()).contains(ORDER).contains("settlement");
    }

    @Test
    void arusPaidButGatewayNot() {
        var difference = Reconciliation.compare(gateway(GatewayStatus.EXPIRED, "expire", 111_000), arus("APPLIED", 111_000));
        assertThat(difference).map(Reconciliation.Difference::kind).contains(PaymentReviews.Kind.ARUS_PAID_GATEWAY_NOT);
    }

    @Test
    void arusAppliedButTheGatewayRefundedWithoutWordToArus() {
        var difference = Reconciliation.compare(gateway(GatewayStatus.REFUNDED, "refund", 111_000), arus("APPLIED", 111_000));
        assertThat(difference).map(Reconciliation.Difference::kind).contains(PaymentReviews.Kind.ARUS_PAID_GATEWAY_NOT);
        assertThat(difference.get().detail()).contains(ORDER).contains("refund");
    }

    @Test
    void differentAmounts() {
        var difference = Reconciliation.compare(gateway(GatewayStatus.PAID, "settlement", 100_000), arus("APPLIED", 111_000));
        assertThat(difference).map(Reconciliation.Difference::kind).contains(PaymentReviews.Kind.AMOUNT_DIFFERS);
    }

    @Test
    void agreementsAndRefundsRaiseNothing() {
        assertThat(Reconciliation.compare(gateway(GatewayStatus.PAID, "settlement", 111_000), arus("APPLIED", 111_000))).isEmpty();
        assertThat(Reconciliation.compare(gateway(GatewayStatus.PENDING, "pending", 111_000), Optional.empty())).isEmpty();
        assertThat(Reconciliation.compare(gateway(GatewayStatus.REFUNDED, "refund", 111_000), arus("REFUNDED", 111_000))).isEmpty();
    }
}
