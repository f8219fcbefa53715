package id.arus.reporting.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.billing.BillingReports;
import id.arus.billing.BillingReports.RevenueRow;
import id.arus.payment.PaymentReports;
import id.arus.payment.PaymentReports.CashRow;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import id.arus.shared.Money;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Revenue per month, quarter or year on both bases side by side (issued: invoices' subtotal before PPN;
 * cash: payments received net of refunds), or on the issued basis by plan or by area.
 */
@Route("reports/revenue")
@Menu(title = "menu.reports", order = 60, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "FINANCE"})
public class RevenueView extends ReportView {

    enum Grouping { PERIOD, PLAN, AREA }

    private final transient BillingReports billing;
    private final transient PaymentReports payments;
    final Select<Grouping> grouping = new Select<>();

    public RevenueView(BillingReports billing, PaymentReports payments, OperatorZone zone) {
        super("reports.revenue.title", zone, true);
        this.billing = billing;
        this.payments = payments;
        addRange(true);
        grouping.setId("report-grouping");
        grouping.setLabel(getTranslation("reports.revenue.by"));
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("reports.revenue.by." + g.name()));
        grouping.setValue(Grouping.PERIOD);
        grouping.addValueChangeListener(e -> {
            unit.setEnabled(e.getValue() == Grouping.PERIOD);
            refresh();
        });
        filters.add(grouping);
        definition.setText(getTranslation("reports.revenue.definition"));
        refresh();
    }

    @Override
    protected ReportTable load() {
        return grouping.getValue() == Grouping.PERIOD ? byPeriod() : byKey(grouping.getValue());
    }

    private ReportTable byPeriod() {
        List<RevenueRow> issued = billing.revenueByPeriod(from.getValue(), to.getValue(), unit.getValue());
        List<CashRow> cash = payments.cashReceived(from.getValue(), to.getValue(), unit.getValue());
        Map<String, RevenueRow> issuedBy = new TreeMap<>();
        issued.forEach(r -> issuedBy.put(r.key(), r));
        Map<String, Money> cashBy = new TreeMap<>();
        cash.forEach(c -> cashBy.put(c.period(), c.net()));
        // labels of one unit sort as their periods do (2026-02 before 2026-11, 2026-Q1 before 2026-Q4)
        TreeSet<String> periods = new TreeSet<>(issuedBy.keySet());
        periods.addAll(cashBy.keySet());

        ReportTable.Builder table = ReportTable.named(fileStem("revenue"), getTranslation("reports.col.period"),
                getTranslation("reports.col.invoices"), getTranslation("reports.col.subtotal"), getTranslation("reports.col.tax"),
                getTranslation("reports.col.total"), getTranslation("reports.col.cash"));
        Map<String, List<Long>> series = new LinkedHashMap<>();
        List<Long> issuedSeries = new java.util.ArrayList<>();
        List<Long> cashSeries = new java.util.ArrayList<>();
        for (String period : periods) {
            RevenueRow row = issuedBy.getOrDefault(period, new RevenueRow(period, 0, Money.ZERO, Money.ZERO, Money.ZERO));
            Money received = cashBy.getOrDefault(period, Money.ZERO);
            table.row(period, row.invoices(), row.subtotal(), row.tax(), row.total(), received);
            issuedSeries.add(row.subtotal().rupiah());
            cashSeries.add(received.rupiah());
        }
        series.put(getTranslation("reports.revenue.issued"), issuedSeries);
        series.put(getTranslation("reports.revenue.cashBasis"), cashSeries);
        chart.setOption(ReportCharts.bars(List.copyOf(periods), series));
        return table.build();
    }

    private ReportTable byKey(Grouping by) {
        List<RevenueRow> rows = by == Grouping.PLAN
                ? billing.revenueByPlan(from.getValue(), to.getValue())
                : billing.revenueByArea(from.getValue(), to.getValue());
        ReportTable.Builder table = ReportTable.named(fileStem("revenue-by-" + by.name().toLowerCase()),
                getTranslation("reports.revenue.by." + by.name()), getTranslation("reports.col.invoices"),
                getTranslation("reports.col.subtotal"), getTranslation("reports.col.tax"), getTranslation("reports.col.total"));
        List<String> keys = new java.util.ArrayList<>();
        List<Long> subtotals = new java.util.ArrayList<>();
        for (RevenueRow row : rows) {
            String key = row.key().isEmpty() ? getTranslation("reports.none") : row.key();
            table.row(key, row.invoices(), row.subtotal(), row.tax(), row.total());
            keys.add(key);
            subtotals.add(row.subtotal().rupiah());
        }
        chart.setOption(ReportCharts.bars(keys, Map.of(getTranslation("reports.revenue.issued"), subtotals)));
        return table.build();
    }
}
