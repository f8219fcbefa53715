package id.arus.reporting.ui;

import com.vaadin.flow.router.Route;
import id.arus.payment.PaymentReports;
import id.arus.payment.PaymentReports.MethodRow;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payments by method and channel per period, and the range's share of each in a ring chart. */
@Route("reports/methods")
@RolesAllowed({"ADMIN", "FINANCE"})
public class MethodsView extends ReportView {

    private final transient PaymentReports payments;

    public MethodsView(PaymentReports payments, OperatorZone zone) {
        super("reports.methods.title", zone, true);
        this.payments = payments;
        addRange(true);
        definition.setText(getTranslation("reports.methods.definition"));
        refresh();
    }

    @Override
    protected ReportTable load() {
        List<MethodRow> rows = payments.methods(from.getValue(), to.getValue(), unit.getValue());
        ReportTable.Builder table = ReportTable.named(fileStem("payment-methods"), getTranslation("reports.col.period"),
                getTranslation("reports.col.method"), getTranslation("reports.col.channel"), getTranslation("reports.col.payments"),
                getTranslation("reports.col.amount"));
        Map<String, Long> shares = new LinkedHashMap<>();
        for (MethodRow row : rows) {
            String method = getTranslation("payment.method." + row.method().name());
            table.row(row.period(), method, row.channel(), row.payments(), row.amount());
            shares.merge(row.channel().isEmpty() ? method : method + " " + row.channel(), row.amount().rupiah(), Long::sum);
        }
        chart.setOption(ReportCharts.pie(shares));
        return table.build();
    }
}
