package id.arus.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.arus.network.ui.EChart;
import id.arus.reporting.export.ReportExporter;
import id.arus.reporting.export.ReportExporter.Format;
import id.arus.reporting.export.ReportTable;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import id.arus.shell.FieldErrors;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * What every report screen shares: links between the reports, the date range and period pickers, a note
 * that defines the figures, a chart, a grid and the CSV and XLSX downloads. A report only says how to read
 * its figures into a {@link ReportTable}; the grid and both exports show exactly that table, so what staff
 * download is what they saw.
 */
abstract class ReportView extends VerticalLayout implements HasDynamicTitle {

    private final String titleKey;
    protected final ZoneId zone;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<PeriodUnit> unit = new Select<>();
    final HorizontalLayout filters = new HorizontalLayout();
    final Paragraph definition = new Paragraph();
    final EChart chart = new EChart();
    final Grid<List<Object>> grid = new Grid<>();
    final Anchor csv;
    final Anchor xlsx;
    final FieldErrors errors = new FieldErrors(this);

    /** The table on screen. Downloads run in their own request, outside the UI's lock, so they read this. */
    private volatile ReportTable shown = ReportTable.named("report").build();

    ReportView(String titleKey, OperatorZone operatorZone, boolean withLinks) {
        this.titleKey = titleKey;
        this.zone = operatorZone.zone();
        setSizeFull();
        addClassName("arus-report");
        if (withLinks) {
            add(links());
        }
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        definition.addClassName("arus-hint");
        definition.setId("report-definition");
        csv = download(Format.CSV, "report-csv");
        xlsx = download(Format.XLSX, "report-xlsx");
        HorizontalLayout exports = new HorizontalLayout(csv, xlsx);
        chart.setId("report-chart");
        chart.setHeight("280px");
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(filters, definition, exports, chart, grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout links() {
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("reports.revenue.title"), RevenueView.class),
                new RouterLink(getTranslation("reports.aging.title"), AgingView.class),
                new RouterLink(getTranslation("reports.methods.title"), MethodsView.class),
                new RouterLink(getTranslation("reports.tax.title"), TaxView.class),
                new RouterLink(getTranslation("reports.history.title"), CustomerHistoryView.class));
        links.addClassName("arus-report-links");
        return links;
    }

    /** Adds the date range pickers (this year so far by default) and, when asked, the period picker. */
    protected void addRange(boolean withUnit) {
        LocalDate today = LocalDate.now(zone);
        from.setId("report-from");
        from.setLabel(getTranslation("reports.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(getTranslation("reports.to"));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        errors.bind("from", from).bind("to", to);
        filters.add(from, to);
        if (withUnit) {
            unit.setId("report-unit");
            unit.setLabel(getTranslation("reports.unit"));
            unit.setItems(PeriodUnit.values());
            unit.setItemLabelGenerator(u -> getTranslation("reports.unit." + u.name()));
            unit.setValue(PeriodUnit.MONTH);
            unit.addValueChangeListener(e -> refresh());
            filters.add(unit);
        }
    }

    /** Reads the report for the filters on screen (drawing the chart on the way) and returns its table. */
    protected abstract ReportTable load();

    /** Reads the report again and shows it; input the report refuses is marked on its field. */
    protected final void refresh() {
        errors.clear();
        ReportTable table;
        try {
            table = load();
        } catch (InvalidInputException e) {
            errors.show(e);
            table = ReportTable.named("report").build();
            chart.setOption("{}");
        }
        show(table);
    }

    private void show(ReportTable table) {
        shown = table;
        grid.removeAllColumns();
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            boolean numeric = table.rows().stream().map(r -> r.get(column)).anyMatch(v -> v instanceof Money || v instanceof Number);
            grid.addColumn(row -> display(row.get(column))).setHeader(table.headers().get(i)).setAutoWidth(true)
                    .setTextAlign(numeric ? ColumnTextAlign.END : ColumnTextAlign.START).setKey("c" + i);
        }
        grid.setItems(table.rows());
    }

    /** The table as it is on screen now. */
    ReportTable shown() {
        return shown;
    }

    /** A cell as staff read it: rupiah as {@code Rp 1.500.000}, counts grouped in the screen's language. */
    String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Money money) {
            return money.format();
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(locale()).format(number);
        }
        return value.toString();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.forLanguageTag("id-ID") : getLocale();
    }

    private Anchor download(Format format, String id) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            ReportTable table = shown;
            event.setFileName(format.fileName(table));
            event.setContentType(format.contentType());
            ReportExporter.write(table, format, event.getOutputStream());
        }, "");
        anchor.setId(id);
        anchor.add(new Button(getTranslation("reports.export." + format.name()), new Icon(VaadinIcon.DOWNLOAD)));
        return anchor;
    }

    /** A name for exported files: the report and its range, e.g. {@code revenue-2026-01-01-2026-11-30}. */
    String fileStem(String report) {
        return report + "-" + from.getValue() + "-" + to.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
