package id.arus.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceQuery;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.InvoiceSums;
import id.arus.billing.Invoices;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Every invoice, found by number, customer code or subscription and narrowed by status and issue dates. The
 * grid pages lazily from the database; the footer adds up the filtered list; the CSV export writes exactly
 * the filtered list, page by page.
 */
@Route("billing/invoices")
@Menu(title = "billing.menu.invoices", order = 30, icon = "vaadin:invoice")
@RolesAllowed({"ADMIN", "FINANCE", "CS"})
public class InvoicesView extends VerticalLayout implements HasDynamicTitle {

    static final int EXPORT_PAGE = 500;

    private final transient Invoices invoices;
    private final transient OperatorZone zone;
    final TextField text = new TextField();
    final Select<InvoiceStatus> status = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span totals = new Span();
    final Grid<Invoice> grid = new Grid<>(Invoice.class, false);

    public InvoicesView(Invoices invoices, OperatorZone zone, AuthenticationContext authentication) {
        this.invoices = invoices;
        this.zone = zone;
        setSizeFull();

        Button add = new Button(getTranslation("billing.invoice.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewInvoiceView.class)));
        add.setId("invoice-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(authentication.hasAnyRole("ADMIN", "FINANCE"));
        Anchor export = new Anchor(csv(), getTranslation("billing.list.export"));
        export.setId("invoice-export");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("billing.list.title")), new HorizontalLayout(export, add));
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        text.setId("invoice-search");
        text.setPlaceholder(getTranslation("billing.list.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22em");
        status.setId("invoice-filter-status");
        status.setLabel(getTranslation("billing.field.status"));
        status.setItems(InvoiceStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("billing.filter.any") : getTranslation("billing.status." + s));
        from.setId("invoice-filter-from");
        from.setLabel(getTranslation("billing.filter.from"));
        to.setId("invoice-filter-to");
        to.setLabel(getTranslation("billing.filter.to"));
        totals.setId("invoice-totals");
        HorizontalLayout filters = new HorizontalLayout(text, status, from, to, totals);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("invoice-grid");
        grid.addColumn(Invoice::number).setHeader(getTranslation("billing.field.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Invoice::customerCode).setHeader(getTranslation("billing.field.customer")).setKey("customer").setAutoWidth(true);
        grid.addColumn(Invoice::subscriptionNumber).setHeader(getTranslation("billing.field.subscription")).setKey("subscription").setAutoWidth(true);
        grid.addColumn(i -> zone.format(i.issuedAt(), getLocale())).setHeader(getTranslation("billing.field.issuedAt")).setKey("issuedAt").setAutoWidth(true);
        grid.addColumn(Invoice::dueDate).setHeader(getTranslation("billing.field.dueDate")).setKey("dueDate").setAutoWidth(true);
        grid.addComponentColumn(i -> InvoiceBadge.of(i.status(), this)).setHeader(getTranslation("billing.field.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(i -> i.total().format()).setHeader(getTranslation("billing.field.total")).setKey("total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(i -> i.balance().format()).setHeader(getTranslation("billing.field.balance")).setKey("balance")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InvoiceView.class,
                new RouteParameters("number", e.getItem().number()))));
        grid.setEmptyStateText(getTranslation("billing.list.empty"));
        grid.setPageSize(50);
        add(header, filters, grid);
        refresh();
    }

    InvoiceQuery query() {
        return new InvoiceQuery(text.getValue(), status.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        InvoiceQuery query = query();
        InvoiceSums sums = invoices.sums(query);
        totals.setText(getTranslation("billing.list.totals", sums.count(), sums.total().format(), sums.balance().format()));
        grid.setItems(q -> invoices.search(query, q.getOffset(), q.getLimit()).stream(), q -> sums.count());
    }

    /** The filtered list as CSV (UTF-8 with BOM, so spreadsheet programs read the rupiah sign and names right). */
    private DownloadHandler csv() {
        return event -> {
            InvoiceQuery query = query();
            event.setFileName("invoices-" + LocalDate.now(zone.zone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            out.write('\uFEFF');
            out.write(InvoiceCsv.HEADER);
            int count = invoices.count(query);
            for (int offset = 0; offset < count; offset += EXPORT_PAGE) {
                List<Invoice> page = invoices.search(query, offset, EXPORT_PAGE);
                for (Invoice i : page) {
                    out.write(InvoiceCsv.row(i));
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            out.flush();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.list.title");
    }
}
