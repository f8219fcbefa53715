package id.arus.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.billing.ReportFixtures;
import id.arus.payment.PaymentFixtures;
import id.arus.reporting.export.ReportExporter;
import id.arus.reporting.export.ReportExporter.Format;
import id.arus.shared.PeriodUnit;
import id.arus.shell.AccessDeniedView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The report screens over the ledgers of {@link ReportFixtures} and {@link PaymentFixtures}, browserless. */
@ArusIT
class ReportViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void start() {
        new ReportFixtures(jdbc).seedLedger2011();
        PaymentFixtures.seedLedger2012(jdbc);
        KaribuViews.start(context, Locale.forLanguageTag("id-ID"));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    private static String cell(Grid<?> grid, int row, int column) {
        return GridKt._getFormatted(grid, row, "c" + column);
    }

    @Test
    @WithMockUser(username = "finance-view", roles = "FINANCE")
    void revenueShowsBothBasesPerPeriodAndExportsWhatIsOnScreen() throws Exception {
        RevenueView view = KaribuViews.show(RevenueView.class);
        view.from.setValue(LocalDate.parse("2011-01-01"));
        view.to.setValue(LocalDate.parse("2011-12-31"));
        view.unit.setValue(PeriodUnit.QUARTER);
        Grid<?> grid = view.grid;
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(cell(grid, 0, 0)).isEqualTo("2011-Q1");
        assertThat(cell(grid, 0, 1)).isEqualTo("5");
        assertThat(cell(grid, 0, 2)).isEqualTo("Rp 650.000");
        assertThat(grid.getColumnByKey("c2").getHeaderText()).isEqualTo("Pendapatan (sebelum PPN)");
        assertThat(view.chart.getOption()).contains("\"2011-Q1\"").contains("650000").contains("Basis kas");
        assertThat(view.definition.getText()).startsWith("Basis faktur: subtotal sebelum PPN");

        view.grouping.setValue(RevenueView.Grouping.AREA);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(cell(grid, 1, 0)).isEqualTo("RPT-Y");
        assertThat(cell(grid, 1, 4)).isEqualTo("Rp 410.700");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportExporter.write(view.shown(), Format.CSV, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("RPT-Y,3,370000,40700,410700\r\n");
        assertThat(Format.CSV.fileName(view.shown())).isEqualTo("revenue-by-area-2011-01-01-2011-12-31.csv");
    }

    @Test
    @WithMockUser(username = "finance-view", roles = "FINANCE")
    void cashBasisComesFromPaymentsNetOfRefunds() {
        RevenueView view = KaribuViews.show(RevenueView.class);
        view.from.setValue(LocalDate.parse("2012-01-01"));
        view.to.setValue(LocalDate.parse("2012-12-31"));
        view.unit.setValue(PeriodUnit.QUARTER);
        assertThat(cell(view.grid, 0, 0)).isEqualTo("2012-Q1");
        assertThat(cell(view.grid, 0, 1)).isEqualTo("0");
        assertThat(cell(view.grid, 0, 5)).isEqualTo("Rp 1.016.000");
    }

    @Test
    @WithMockUser(username = "finance-view", roles = "FINANCE")
    void aBackwardsRangeIsMarkedOnTheFieldInTheUsersLanguage() {
        RevenueView view = KaribuViews.show(RevenueView.class);
        view.from.setValue(LocalDate.parse("2011-12-31"));
        view.to.setValue(LocalDate.parse("2011-01-01"));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Tanggal akhir tidak boleh sebelum tanggal awal.");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    @WithMockUser(username = "finance-view", roles = "FINANCE")
    void agingTaxAndMethodsInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AgingView aging = KaribuViews.show(AgingView.class);
        aging.asOf.setValue(LocalDate.parse("2011-05-31"));
        assertThat(GridKt._size(aging.grid)).isEqualTo(4);
        assertThat(cell(aging.grid, 0, 0)).isEqualTo("RPT-B");
        assertThat(cell(aging.grid, 3, 0)).isEqualTo("Total");
        assertThat(cell(aging.grid, 3, 6)).isEqualTo("Rp 567.109");
        assertThat(aging.grid.getColumnByKey("c5").getHeaderText()).isEqualTo("Over 90 days");

        TaxView tax = KaribuViews.show(TaxView.class);
        tax.from.setValue(LocalDate.parse("2011-01-01"));
        tax.to.setValue(LocalDate.parse("2011-06-30"));
        assertThat(GridKt._size(tax.grid)).isEqualTo(6);
        assertThat(cell(tax.grid, 5, 0)).isEqualTo("Total");
        assertThat(cell(tax.grid, 5, 5)).isEqualTo("Rp 24.210");
        assertThat(cell(tax.grid, 5, 6)).isEqualTo("Rp 3.500");
        assertThat(cell(tax.grid, 5, 7)).isEqualTo("Rp 8.750");
        assertThat(tax.definition.getText()).contains("BHP levy is 0.5%").contains("USO contribution 1.25%");

        MethodsView methods = KaribuViews.show(MethodsView.class);
        methods.from.setValue(LocalDate.parse("2012-01-01"));
        methods.to.setValue(LocalDate.parse("2012-12-31"));
        methods.unit.setValue(PeriodUnit.YEAR);
        assertThat(GridKt._size(methods.grid)).isEqualTo(5);
        assertThat(cell(methods.grid, 0, 1)).isEqualTo("Bank transfer");
        assertThat(cell(methods.grid, 3, 2)).isEqualTo("QRIS");
        assertThat(cell(methods.grid, 3, 3)).isEqualTo("2");
        assertThat(methods.chart.getOption()).contains("\"type\":\"pie\"").contains("Tripay QRIS");
    }

    @Test
    @WithMockUser(username = "cs-view", roles = "CS")
    void customerServiceReadsAHistoryButNotTheFinanceReports() {
        UI.getCurrent().navigate("reports/customers/RPT-A");
        CustomerHistoryView history = _get(CustomerHistoryView.class);
        assertThat(GridKt._size(history.grid)).isEqualTo(7);
        assertThat(cell(history.grid, 6, 1)).isEqualTo("Kredit");
        assertThat(cell(history.grid, 6, 9)).isEqualTo("Rp 5.000");
        assertThat(cell(history.grid, 4, 8)).isEqualTo("Rp 155.299");
        assertThat(history.summary.getText()).isEqualTo("Saldo tagihan Rp 121.999, saldo kredit Rp 5.000");

        history.code.setValue("RPT-NOBODY");
        _click(_get(Button.class, spec -> spec.withId("report-customer-show")));
        CustomerHistoryView unknown = _get(CustomerHistoryView.class);
        assertThat(unknown.summary.getText()).isEqualTo("Tidak ada riwayat tagihan untuk pelanggan RPT-NOBODY.");
        assertThat(GridKt._size(unknown.grid)).isZero();

        UI.getCurrent().navigate(RevenueView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(RevenueView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }
}
