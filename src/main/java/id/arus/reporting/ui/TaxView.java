package id.arus.reporting.ui;

import com.vaadin.flow.router.Route;
import id.arus.billing.BillingReports;
import id.arus.billing.BillingReports.TaxReport;
import id.arus.billing.BillingReports.TaxRow;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PPN invoiced and collected, and the BHP and USO levies on gross revenue, per period with totals. */
@Route("reports/tax")
@RolesAllowed({"ADMIN", "FINANCE"})
public class TaxView extends ReportView {

    private final transient BillingReports billing;

    public TaxView(BillingReports billing, OperatorZone zone) {
        super("reports.tax.title", zone, true);
        this.billing = billing;
        addRange(true);
        refresh();
    }

    @Override
    protected ReportTable load() {
        TaxReport report = billing.tax(from.getValue(), to.getValue(), unit.getValue());
        definition.setText(getTranslation("reports.tax.definition", report.bhpPercent().stripTrailingZeros().toPlainString(),
                report.usoPercent().stripTrailingZeros().toPlainString()));
        ReportTable.Builder table = ReportTable.named(fileStem("tax"), getTranslation("reports.col.period"),
                getTranslation("reports.col.invoices"), getTranslation("reports.tax.gross"), getTranslation("reports.tax.base"),
                getTranslation("reports.tax.invoiced"), getTranslation("reports.tax.collected"), getTranslation("reports.tax.bhp"),
                getTranslation("reports.tax.uso"));
        List<String> periods = new ArrayList<>();
        List<Long> invoiced = new ArrayList<>();
        List<Long> collected = new ArrayList<>();
        for (TaxRow row : report.periods()) {
            add(table, row.period(), row);
            periods.add(row.period());
            invoiced.add(row.ppnInvoiced().rupiah());
            collected.add(row.ppnCollected().rupiah());
        }
        add(table, getTranslation("reports.total"), report.totals());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(getTranslation("reports.tax.invoiced"), invoiced);
        series.put(getTranslation("reports.tax.collected"), collected);
        chart.setOption(ReportCharts.bars(periods, series));
        return table.build();
    }

    private static void add(ReportTable.Builder table, String label, TaxRow row) {
        table.row(label, row.invoices(), row.gross(), row.taxBase(), row.ppnInvoiced(), row.ppnCollected(), row.bhp(), row.uso());
    }
}
