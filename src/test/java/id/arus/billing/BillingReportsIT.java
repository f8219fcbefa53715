package id.arus.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.billing.BillingReports.Aging;
import id.arus.billing.BillingReports.AgingRow;
import id.arus.billing.BillingReports.BillingHistory;
import id.arus.billing.BillingReports.HistoryKind;
import id.arus.billing.BillingReports.RevenueRow;
import id.arus.billing.BillingReports.TaxReport;
import id.arus.billing.BillingReports.TaxRow;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The billing reports over the 2011 ledger of {@link ReportFixtures#seedLedger2011()}, figure by figure. */
@ArusIT
@WithMockUser(username = "finance-reports", roles = "FINANCE")
class BillingReportsIT {

    private static final LocalDate JAN_1 = LocalDate.parse("2011-01-01");
    private static final LocalDate DEC_31 = LocalDate.parse("2011-12-31");

    @Autowired
    BillingReports reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ledger() {
        new ReportFixtures(jdbc).seedLedger2011();
    }

    private static RevenueRow row(String key, long invoices, long subtotal, long tax) {
        return new RevenueRow(key, invoices, Money.idr(subtotal), Money.idr(tax), Money.idr(subtotal + tax));
    }

    @Test
    void revenuePerMonthQuarterAndYearCountsIssuedNonVoidInvoicesInTheOperatorsCalendar() {
        // 23:30 on 31 January in Jakarta is January; 00:30 on 1 February is February although UTC still says January
        assertThat(reports.revenueByPeriod(JAN_1, DEC_31, PeriodUnit.MONTH)).containsExactly(
                row("2011-01", 2, 300_000, 33_000),
                row("2011-02", 2, 330_000, 36_300),
                row("2011-03", 1, 20_000, 2_200),
                row("2011-04", 1, 50_000, 5_500));
        assertThat(reports.revenueByPeriod(JAN_1, DEC_31, PeriodUnit.QUARTER)).containsExactly(
                row("2011-Q1", 5, 650_000, 71_500),
                row("2011-Q2", 1, 50_000, 5_500));
        assertThat(reports.revenueByPeriod(LocalDate.parse("2010-01-01"), DEC_31, PeriodUnit.YEAR)).containsExactly(
                row("2010", 1, 1_000, 110),
                row("2011", 6, 700_000, 77_000));
        // the range's last day counts whole: the invoice at 23:30 on 31 January is in, the one at 00:30 next day is not
        assertThat(reports.revenueByPeriod(LocalDate.parse("2011-01-31"), LocalDate.parse("2011-01-31"), PeriodUnit.MONTH))
                .containsExactly(row("2011-01", 1, 200_000, 22_000));
    }

    @Test
    void revenueByPlanAndByArea() {
        assertThat(reports.revenueByPlan(JAN_1, DEC_31)).containsExactly(
                row("", 1, 50_000, 5_500),
                row("RPT-P1", 3, 420_000, 46_200),
                row("RPT-P2", 2, 230_000, 25_300));
        assertThat(reports.revenueByArea(JAN_1, DEC_31)).containsExactly(
                row("RPT-X", 3, 330_000, 36_300),
                row("RPT-Y", 3, 370_000, 40_700));
    }

    @Test
    void agingBucketsOpenBalancesByDaysPastDueAsOfADay() {
        Aging endOfMay = reports.aging(LocalDate.parse("2011-05-31"));
        assertThat(endOfMay.customers()).containsExactly(
                // 333.000 due 15 February: 105 days late
                new AgingRow("RPT-B", 1, Money.ZERO, Money.ZERO, Money.ZERO, Money.idr(333_000), Money.idr(333_000)),
                // 121.999 left of inv2 (110 days); inv8 due 2 March is exactly 90 days late and was paid only in June
                new AgingRow("RPT-A", 2, Money.ZERO, Money.ZERO, Money.idr(33_300), Money.idr(121_999), Money.idr(155_299)),
                // inv5 exactly 30 days, inv7 exactly 60 days, inv6 over 90
                new AgingRow("RPT-C", 3, Money.idr(55_500), Money.idr(22_200), Money.ZERO, Money.idr(1_110), Money.idr(78_810)));
        assertThat(endOfMay.totals()).isEqualTo(new AgingRow("", 6, Money.idr(55_500), Money.idr(22_200), Money.idr(33_300),
                Money.idr(456_109), Money.idr(567_109)));

        // at the end of January inv2 was fresh and nothing of it paid; inv1 was already paid; inv3 not issued yet
        Aging endOfJanuary = reports.aging(LocalDate.parse("2011-01-31"));
        assertThat(endOfJanuary.customers()).containsExactly(
                new AgingRow("RPT-A", 1, Money.idr(222_000), Money.ZERO, Money.ZERO, Money.ZERO, Money.idr(222_000)),
                new AgingRow("RPT-C", 1, Money.ZERO, Money.idr(1_110), Money.ZERO, Money.ZERO, Money.idr(1_110)));
        assertThat(endOfJanuary.totals().total()).isEqualTo(Money.idr(223_110));
    }

    @Test
    void taxReportsPpnInvoicedAndCollectedAndTheLeviesOfGrossRevenue() {
        TaxReport tax = reports.tax(JAN_1, LocalDate.parse("2011-06-30"), PeriodUnit.MONTH);
        assertThat(tax.bhpPercent()).isEqualByComparingTo("0.5");
        assertThat(tax.usoPercent()).isEqualByComparingTo("1.25");
        assertThat(tax.periods()).containsExactly(
                taxRow("2011-01", 2, 300_000, 300_000, 33_000, 11_000, 1_500, 3_750),
                // inv3's DPP is 11/12 of its subtotal
                taxRow("2011-02", 2, 330_000, 305_000, 36_300, 0, 1_650, 4_125),
                // 100.001 paid on a 222.000 invoice carrying 22.000 PPN: 9.910,45 rounds to 9.910
                taxRow("2011-03", 1, 20_000, 20_000, 2_200, 9_910, 100, 250),
                taxRow("2011-04", 1, 50_000, 50_000, 5_500, 0, 250, 625),
                taxRow("2011-06", 0, 0, 0, 0, 3_300, 0, 0));
        assertThat(tax.totals()).isEqualTo(taxRow("", 6, 700_000, 675_000, 77_000, 24_210, 3_500, 8_750));
    }

    @Test
    void aYearsLeviesAreTheLeviesOfItsGrossRevenue() {
        TaxRow year = reports.tax(JAN_1, DEC_31, PeriodUnit.YEAR).totals();
        assertThat(year.gross()).isEqualTo(Money.idr(700_000));
        assertThat(year.bhp()).isEqualTo(Money.idr(3_500));
        assertThat(year.uso()).isEqualTo(Money.idr(8_750));
    }

    private static TaxRow taxRow(String period, long invoices, long gross, long base, long ppn, long collected, long bhp, long uso) {
        return new TaxRow(period, invoices, Money.idr(gross), Money.idr(base), Money.idr(ppn), Money.idr(collected),
                Money.idr(bhp), Money.idr(uso));
    }

    @Test
    void customerHistoryRunsTheBalanceThroughInvoicesPaymentsVoidsAndCredit() {
        BillingHistory a = reports.history("RPT-A");
        assertThat(a.entries()).extracting(e -> e.kind() + " " + e.reference() + " " + e.balance().rupiah() + " " + e.creditBalance().rupiah())
                .containsExactly(
                        "INVOICE INV-2011-01-900001 111000 0",
                        "PAYMENT RPT-PAY-1 0 0",
                        "INVOICE INV-2011-01-900002 222000 0",
                        "INVOICE INV-2011-02-900008 255300 0",
                        "PAYMENT RPT-PAY-2 155299 0",
                        "PAYMENT RPT-PAY-3 121999 0",
                        "CREDIT RPT-PAY-3 121999 5000");
        assertThat(a.balance()).isEqualTo(Money.idr(121_999));
        assertThat(a.creditBalance()).isEqualTo(Money.idr(5_000));

        BillingHistory b = reports.history("RPT-B");
        assertThat(b.entries()).extracting(e -> e.kind() + " " + e.charge().rupiah() + " " + e.balance().rupiah())
                .containsExactly("INVOICE 333000 333000", "INVOICE 444000 777000", "VOID -444000 333000");
        assertThat(b.entries().get(2).detail()).isEqualTo("issued twice by mistake");
    }

    @Test
    void badInputIsRefusedWithAFieldAndAnUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> reports.revenueByPeriod(DEC_31, JAN_1, PeriodUnit.MONTH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("to", List.of("reports.range.backwards")));
        assertThatThrownBy(() -> reports.aging(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("from"));
        assertThatThrownBy(() -> reports.history("RPT-NOBODY")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @WithMockUser(username = "cs-reports", roles = "CS")
    void customerServiceReadsAHistoryButNoFinancialReport() {
        assertThat(reports.history("RPT-C").entries()).hasSize(3);
        assertThatThrownBy(() -> reports.revenueByPeriod(JAN_1, DEC_31, PeriodUnit.MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.aging(DEC_31)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.tax(JAN_1, DEC_31, PeriodUnit.YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "customer-reports", roles = "CUSTOMER")
    void aCustomerReadsNoReportNotEvenTheirOwnHistoryHere() {
        assertThatThrownBy(() -> reports.history("RPT-C")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.revenueByPlan(JAN_1, DEC_31)).isInstanceOf(AccessDeniedException.class);
    }
}
