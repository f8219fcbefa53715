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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Payment method and cash reports over {@link PaymentFixtures#seedLedger2012}, written straight into the payment table. */
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
        PaymentFixtures.seedLedger2012(jdbc);
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
