package id.arus.reporting.web;

import id.arus.billing.BillingReports;
import id.arus.billing.BillingReports.AgingRow;
import id.arus.billing.BillingReports.HistoryEntry;
import id.arus.billing.BillingReports.RevenueRow;
import id.arus.billing.BillingReports.TaxRow;
import id.arus.payment.PaymentReports;
import id.arus.payment.PaymentReports.CashRow;
import id.arus.payment.PaymentReports.MethodRow;
import id.arus.shared.PeriodUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The financial reports as JSON, the same figures as the screens. Amounts are whole rupiah ({@code ...Rupiah}),
 * dates {@code yyyy-MM-dd} in the operator's calendar, both ends of a range included. Authorisation is the
 * report APIs': ADMIN and FINANCE; CS also reads a customer's history.
 */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = "bearer")
@Tag(name = "reports")
class ReportsApi {

    enum Grouping { PERIOD, PLAN, AREA }

    private final BillingReports billing;
    private final PaymentReports payments;

    ReportsApi(BillingReports billing, PaymentReports payments) {
        this.billing = billing;
        this.payments = payments;
    }

    record RevenueJson(String key, long invoices, long subtotalRupiah, long taxRupiah, long totalRupiah) {
        static RevenueJson of(RevenueRow r) {
            return new RevenueJson(r.key(), r.invoices(), r.subtotal().rupiah(), r.tax().rupiah(), r.total().rupiah());
        }
    }

    @GetMapping("/revenue")
    @Operation(summary = "Revenue on the issued basis: subtotal (before PPN), PPN and total of non-void invoices issued",
            description = "by=PERIOD groups by month, quarter or year (unit); PLAN and AREA by the plan and area on the invoice ('' when none).")
    List<RevenueJson> revenue(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "MONTH") PeriodUnit unit,
                              @RequestParam(defaultValue = "PERIOD") Grouping by) {
        List<RevenueRow> rows = switch (by) {
            case PERIOD -> billing.revenueByPeriod(from, to, unit);
            case PLAN -> billing.revenueByPlan(from, to);
            case AREA -> billing.revenueByArea(from, to);
        };
        return rows.stream().map(RevenueJson::of).toList();
    }

    record CashJson(String period, long payments, long receivedRupiah, long refundedRupiah, long netRupiah) {
    }

    @GetMapping("/cash")
    @Operation(summary = "Revenue on the cash basis: payments received per period, PPN included, net of refunds; held payments left out")
    List<CashJson> cash(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(defaultValue = "MONTH") PeriodUnit unit) {
        return payments.cashReceived(from, to, unit).stream().map((CashRow c) -> new CashJson(c.period(), c.payments(),
                c.received().rupiah(), c.refunded().rupiah(), c.net().rupiah())).toList();
    }

    record AgingRowJson(String customerCode, long invoices, long upTo30Rupiah, long days31To60Rupiah, long days61To90Rupiah,
                        long over90Rupiah, long totalRupiah) {
        static AgingRowJson of(AgingRow r) {
            return new AgingRowJson(r.customerCode(), r.invoices(), r.upTo30().rupiah(), r.days31To60().rupiah(),
                    r.days61To90().rupiah(), r.over90().rupiah(), r.total().rupiah());
        }
    }

    record AgingJson(LocalDate asOf, List<AgingRowJson> customers, AgingRowJson totals) {
    }

    @GetMapping("/aging")
    @Operation(summary = "Open balances at the end of a day by days past due (0-30 includes not yet due), per customer and in total")
    AgingJson aging(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var aging = billing.aging(asOf);
        return new AgingJson(aging.asOf(), aging.customers().stream().map(AgingRowJson::of).toList(), AgingRowJson.of(aging.totals()));
    }

    record MethodJson(String period, String method, String channel, long payments, long amountRupiah) {
    }

    @GetMapping("/methods")
    @Operation(summary = "Count and sum of payments per period, method and channel (held payments left out)")
    List<MethodJson> methods(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(defaultValue = "MONTH") PeriodUnit unit) {
        return payments.methods(from, to, unit).stream().map((MethodRow m) -> new MethodJson(m.period(), m.method().name(),
                m.channel(), m.payments(), m.amount().rupiah())).toList();
    }

    record TaxRowJson(String period, long invoices, long grossRupiah, long taxBaseRupiah, long ppnInvoicedRupiah,
                      long ppnCollectedRupiah, long bhpRupiah, long usoRupiah) {
        static TaxRowJson of(TaxRow t) {
            return new TaxRowJson(t.period(), t.invoices(), t.gross().rupiah(), t.taxBase().rupiah(), t.ppnInvoiced().rupiah(),
                    t.ppnCollected().rupiah(), t.bhp().rupiah(), t.uso().rupiah());
        }
    }

    record TaxJson(BigDecimal bhpPercent, BigDecimal usoPercent, List<TaxRowJson> periods, TaxRowJson totals) {
    }

    @GetMapping("/tax")
    @Operation(summary = "PPN invoiced and collected, and BHP and USO levies on gross revenue, per period", description = """
            PPN invoiced: tax of non-void invoices issued. PPN collected: per payment applied, amount x tax / total of its \
            invoice. Gross revenue: subtotal before PPN of invoices issued. BHP and USO: arus.billing.levy.bhp-percent \
            (0.5) and uso-percent (1.25) of gross, rounded half up per period; totals are the periods' sums.""")
    TaxJson tax(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "MONTH") PeriodUnit unit) {
        var tax = billing.tax(from, to, unit);
        return new TaxJson(tax.bhpPercent(), tax.usoPercent(), tax.periods().stream().map(TaxRowJson::of).toList(),
                TaxRowJson.of(tax.totals()));
    }

    record HistoryEntryJson(Instant at, String kind, String reference, String invoiceNumber, String detail, long chargeRupiah,
                            long paymentRupiah, long creditRupiah, long balanceRupiah, long creditBalanceRupiah) {
        static HistoryEntryJson of(HistoryEntry e) {
            return new HistoryEntryJson(e.at(), e.kind().name(), e.reference(), e.invoiceNumber(), e.detail(), e.charge().rupiah(),
                    e.payment().rupiah(), e.credit().rupiah(), e.balance().rupiah(), e.creditBalance().rupiah());
        }
    }

    record HistoryJson(String customerCode, List<HistoryEntryJson> entries, long balanceRupiah, long creditBalanceRupiah) {
    }

    @GetMapping("/customers/{code}/history")
    @Operation(summary = "A customer's invoices, voids, payments and credit movements in time order with running balances (ADMIN, FINANCE, CS)")
    HistoryJson history(@Parameter(description = "customer code") @PathVariable String code) {
        var history = billing.history(code);
        return new HistoryJson(history.customerCode(), history.entries().stream().map(HistoryEntryJson::of).toList(),
                history.balance().rupiah(), history.creditBalance().rupiah());
    }

}
