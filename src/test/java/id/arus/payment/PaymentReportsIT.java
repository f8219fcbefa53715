package id.arus.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.payment.PaymentReports.CashRow;
import id.arus.payment.PaymentReports.MethodRow;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Payment method and cash reports over payments of 2012 written straight into the payment table. */
@ArusIT
@WithMockUser(username = "finance-payreports", roles = "FINANCE")
class PaymentReportsIT {

    private static final LocalDate JAN_1 = LocalDate.parse("2012-01-01");
    private static final LocalDate DEC_31 = LocalDate.parse("2012-12-31");

    @Autowired
    PaymentReports reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void payments() {
        seedLedger2012(jdbc);
    }

    /**
     * Payments of 2012 (Asia/Jakarta): QRIS and BRIVA at Tripay, Snap at Midtrans, cash and a bank transfer, one
     * refunded in part, one held for a wrong amount (counted nowhere), one at 00:15 on 1 April (still March in UTC).
     */
    public static void seedLedger2012(JdbcClient jdbc) {
        jdbc.sql("delete from payment where receipt_number like 'PAY-2012-%'").update();
        pay(jdbc, "PAY-2012-01-000001", "TRIPAY", "QRIS", 111_000, "2012-01-05T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000002", "TRIPAY", "QRIS", 222_000, "2012-01-20T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000003", "TRIPAY", "BRIVA", 333_000, "2012-01-21T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000004", "CASH", null, 50_000, "2012-01-31T23:59:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-02-000005", "MIDTRANS", "gopay", 444_000, "2012-02-10T10:00:00+07:00", "REFUNDED", 144_000);
        pay(jdbc, "PAY-2012-02-000006", "MIDTRANS", "gopay", 99_999, "2012-02-11T10:00:00+07:00", "HELD", 0);
        pay(jdbc, "PAY-2012-04-000007", "BANK_TRANSFER", null, 1_000_000, "2012-04-01T00:15:00+07:00", "APPLIED", 0);
    }

    private static void pay(JdbcClient jdbc, String receipt, String method, String channel, long amount, String paidAt,
                            String status, long refunded) {
        jdbc.sql("""
                        insert into payment (receipt_number, invoice_number, customer_code, amount, method, channel, external_ref,
                                             paid_at, recorded_by, status, refunded)
                        values (:receipt, 'INV-2012-01-000001', 'RPT-PAYER', :amount, :method, :channel, :receipt, :paidAt,
                                'test', :status, :refunded)""")
                .param("receipt", receipt).param("amount", amount).param("method", method).param("channel", channel)
                .param("paidAt", OffsetDateTime.parse(paidAt)).param("status", status).param("refunded", refunded).update();
    }

    @Test
    void countAndSumPerMethodAndChannelPerPeriod() {
        assertThat(reports.methods(JAN_1, DEC_31, PeriodUnit.MONTH)).containsExactly(
                new MethodRow("2012-01", PaymentMethod.TRIPAY, "BRIVA", 1, Money.idr(333_000)),
                new MethodRow("2012-01", PaymentMethod.TRIPAY, "QRIS", 2, Money.idr(333_000)),
                new MethodRow("2012-01", PaymentMethod.CASH, "", 1, Money.idr(50_000)),
                new MethodRow("2012-02", PaymentMethod.MIDTRANS, "gopay", 1, Money.idr(444_000)),
                new MethodRow("2012-04", PaymentMethod.BANK_TRANSFER, "", 1, Money.idr(1_000_000)));
        assertThat(reports.methods(JAN_1, DEC_31, PeriodUnit.YEAR)).containsExactly(
                new MethodRow("2012", PaymentMethod.BANK_TRANSFER, "", 1, Money.idr(1_000_000)),
                new MethodRow("2012", PaymentMethod.MIDTRANS, "gopay", 1, Money.idr(444_000)),
                new MethodRow("2012", PaymentMethod.TRIPAY, "BRIVA", 1, Money.idr(333_000)),
                new MethodRow("2012", PaymentMethod.TRIPAY, "QRIS", 2, Money.idr(333_000)),
                new MethodRow("2012", PaymentMethod.CASH, "", 1, Money.idr(50_000)));
    }

    @Test
    void cashReceivedPerPeriodIsNetOfRefundsAndLeavesHeldPaymentsOut() {
        assertThat(reports.cashReceived(JAN_1, DEC_31, PeriodUnit.QUARTER)).containsExactly(
                new CashRow("2012-Q1", 5, Money.idr(1_160_000), Money.idr(144_000), Money.idr(1_016_000)),
                new CashRow("2012-Q2", 1, Money.idr(1_000_000), Money.ZERO, Money.idr(1_000_000)));
        assertThat(reports.cashReceived(LocalDate.parse("2012-01-31"), LocalDate.parse("2012-01-31"), PeriodUnit.MONTH))
                .containsExactly(new CashRow("2012-01", 1, Money.idr(50_000), Money.ZERO, Money.idr(50_000)));
    }

    @Test
    void aBackwardsRangeIsRefused() {
        assertThatThrownBy(() -> reports.methods(DEC_31, JAN_1, PeriodUnit.MONTH)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithMockUser(username = "cs-payreports", roles = "CS")
    void onlyAdminAndFinanceReadPaymentReports() {
        assertThatThrownBy(() -> reports.methods(JAN_1, DEC_31, PeriodUnit.MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.cashReceived(JAN_1, DEC_31, PeriodUnit.MONTH)).isInstanceOf(AccessDeniedException.class);
    }
}
