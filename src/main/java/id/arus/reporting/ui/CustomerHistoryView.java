package id.arus.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import id.arus.billing.BillingReports;
import id.arus.billing.BillingReports.BillingHistory;
import id.arus.billing.BillingReports.HistoryEntry;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;

/**
 * One customer's invoices, payments and credit movements in time order with the running balance owed and
 * the credit left; finance and customer service open it from a customer code (or from the aging report).
 */
@Route("reports/customers/:code?")
@RolesAllowed({"ADMIN", "FINANCE", "CS"})
public class CustomerHistoryView extends ReportView implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient BillingReports billing;
    final TextField code = new TextField();
    final Span summary = new Span();

    public CustomerHistoryView(BillingReports billing, OperatorZone zone) {
        super("reports.history.title", zone, false);
        this.billing = billing;
        code.setId("report-customer");
        code.setLabel(getTranslation("reports.col.customer"));
        code.setClearButtonVisible(true);
        Button show = new Button(getTranslation("reports.history.show"), new Icon(VaadinIcon.SEARCH),
                e -> getUI().ifPresent(ui -> ui.navigate("reports/customers/" + code.getValue().trim())));
        show.setId("report-customer-show");
        summary.setId("report-summary");
        filters.add(code, show, summary);
        definition.setText(getTranslation("reports.history.definition"));
        chart.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code.setValue(event.getRouteParameters().get("code").orElse(""));
        refresh();
    }

    @Override
    protected ReportTable load() {
        ReportTable.Builder table = ReportTable.named("history-" + code.getValue().trim(), getTranslation("reports.col.time"),
                getTranslation("reports.col.kind"), getTranslation("reports.col.reference"), getTranslation("reports.col.invoice"),
                getTranslation("reports.col.detail"), getTranslation("reports.col.charge"), getTranslation("reports.col.paid"),
                getTranslation("reports.col.credit"), getTranslation("reports.col.balance"), getTranslation("reports.col.creditBalance"));
        summary.setText("");
        if (code.getValue().isBlank()) {
            return table.build();
        }
        BillingHistory history;
        try {
            history = billing.history(code.getValue().trim());
        } catch (NoSuchElementException e) {
            summary.setText(getTranslation("reports.history.none", code.getValue().trim()));
            return table.build();
        }
        for (HistoryEntry e : history.entries()) {
            table.row(TIME.format(e.at().atZone(zone)), getTranslation("reports.kind." + e.kind().name()), e.reference(),
                    e.invoiceNumber(), e.detail(), e.charge(), e.payment(), e.credit(), e.balance(), e.creditBalance());
        }
        summary.setText(getTranslation("reports.history.summary", history.balance().format(), history.creditBalance().format()));
        return table.build();
    }
}
