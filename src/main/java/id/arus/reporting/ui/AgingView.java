package id.arus.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.router.Route;
import id.arus.billing.BillingReports;
import id.arus.billing.BillingReports.Aging;
import id.arus.billing.BillingReports.AgingRow;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Open balances by days past due as of a day, per customer and in total; a click opens the customer's history. */
@Route("reports/aging")
@RolesAllowed({"ADMIN", "FINANCE"})
public class AgingView extends ReportView {

    private final transient BillingReports billing;
    final DatePicker asOf = new DatePicker();

    public AgingView(BillingReports billing, OperatorZone zone) {
        super("reports.aging.title", zone, true);
        this.billing = billing;
        asOf.setId("report-as-of");
        asOf.setLabel(getTranslation("reports.asOf"));
        asOf.setValue(LocalDate.now(this.zone));
        asOf.addValueChangeListener(e -> refresh());
        errors.bind("from", asOf).bind("to", asOf);
        filters.add(asOf);
        definition.setText(getTranslation("reports.aging.definition"));
        grid.addItemClickListener(e -> {
            Object code = e.getItem().get(0);
            if (e.getItem() != shown().rows().get(shown().rows().size() - 1) && code != null) {
                getUI().ifPresent(ui -> ui.navigate("reports/customers/" + code));
            }
        });
        refresh();
    }

    @Override
    protected ReportTable load() {
        Aging aging = billing.aging(asOf.getValue());
        ReportTable.Builder table = ReportTable.named("aging-" + aging.asOf(), getTranslation("reports.col.customer"),
                getTranslation("reports.col.invoices"), getTranslation("reports.aging.0-30"), getTranslation("reports.aging.31-60"),
                getTranslation("reports.aging.61-90"), getTranslation("reports.aging.over90"), getTranslation("reports.col.balance"));
        for (AgingRow row : aging.customers()) {
            add(table, row.customerCode(), row);
        }
        AgingRow totals = aging.totals();
        add(table, getTranslation("reports.total"), totals);
        chart.setOption(ReportCharts.bars(
                List.of(getTranslation("reports.aging.0-30"), getTranslation("reports.aging.31-60"),
                        getTranslation("reports.aging.61-90"), getTranslation("reports.aging.over90")),
                Map.of(getTranslation("reports.col.balance"), List.of(totals.upTo30().rupiah(), totals.days31To60().rupiah(),
                        totals.days61To90().rupiah(), totals.over90().rupiah()))));
        return table.build();
    }

    private static void add(ReportTable.Builder table, String label, AgingRow row) {
        table.row(label, row.invoices(), row.upTo30(), row.days31To60(), row.days61To90(), row.over90(), row.total());
    }
}
