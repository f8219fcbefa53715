package id.arus.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Issues an invoice by hand for one customer: lines with their kinds (a discount is typed as the amount off
 * and stored negative), an optional due date and whether the prices contain PPN. Tax, total and number are
 * computed on issue. {@code ?customer=CUST-000123} opens it for that customer.
 */
@Route("billing/invoices/new")
@RolesAllowed({"ADMIN", "FINANCE"})
public class NewInvoiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_LINES = 50;

    private final transient Invoices invoices;
    final TextField customer = new TextField();
    final TextField subscription = new TextField();
    final DatePicker dueDate = new DatePicker();
    final Checkbox taxInclusive = new Checkbox();
    final VerticalLayout lineRows = new VerticalLayout();
    final List<LineRow> lines = new ArrayList<>();
    final Button issue = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    /** One editable line. */
    final class LineRow extends HorizontalLayout {
        final Select<LineKind> kind = new Select<>();
        final TextField description = new TextField();
        final IntegerField quantity = new IntegerField();
        final IntegerField price = new IntegerField();

        LineRow() {
            kind.setItems(LineKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("billing.kind." + k));
            kind.setValue(LineKind.PLAN_FEE);
            kind.setLabel(getTranslation("billing.field.kind"));
            description.setLabel(getTranslation("billing.field.description"));
            description.setWidth("22em");
            quantity.setLabel(getTranslation("billing.field.quantity"));
            quantity.setValue(1);
            quantity.setMin(1);
            quantity.setWidth("6em");
            price.setLabel(getTranslation("billing.field.unitPrice"));
            price.setHelperText(getTranslation("billing.new.priceHelp"));
            price.setPrefixComponent(new Span("Rp"));
            price.setMin(0);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(this);
                lineRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("billing.new.removeLine"));
            setAlignItems(Alignment.BASELINE);
            setWrap(true);
            add(kind, description, quantity, price, remove);
        }

        InvoiceLine line(int position) {
            long typed = price.getValue() == null ? 0 : price.getValue();
            // staff type a discount as the amount off; the invoice stores it negative
            Money unit = Money.idr(kind.getValue() == LineKind.DISCOUNT ? -Math.abs(typed) : typed);
            int qty = quantity.getValue() == null ? 0 : quantity.getValue();
            return new InvoiceLine(position, kind.getValue(), description.getValue(), qty, unit,
                    Money.idr(unit.rupiah() * Math.max(qty, 0)), null);
        }
    }

    public NewInvoiceView(Invoices invoices) {
        this.invoices = invoices;
        customer.setId("invoice-new-customer");
        customer.setLabel(getTranslation("billing.field.customer"));
        customer.setPlaceholder("CUST-000123");
        customer.setRequiredIndicatorVisible(true);
        subscription.setId("invoice-new-subscription");
        subscription.setLabel(getTranslation("billing.field.subscription"));
        dueDate.setId("invoice-new-due");
        dueDate.setLabel(getTranslation("billing.field.dueDate"));
        dueDate.setHelperText(getTranslation("billing.new.dueHelp"));
        taxInclusive.setId("invoice-new-inclusive");
        taxInclusive.setLabel(getTranslation("billing.new.taxInclusive"));
        errors.bind("customerCode", customer).bind("dueDate", dueDate);
        HorizontalLayout head = new HorizontalLayout(customer, subscription, dueDate, taxInclusive);
        head.setAlignItems(Alignment.BASELINE);
        head.setWrap(true);

        lineRows.setId("invoice-new-lines");
        lineRows.setPadding(false);
        Button addLine = new Button(getTranslation("billing.new.addLine"), VaadinIcon.PLUS.create(), e -> addLine());
        addLine.setId("invoice-new-add-line");
        issue.setText(getTranslation("billing.new.issue"));
        issue.setId("invoice-new-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        addLine();
        add(new H2(getTranslation("billing.new.title")), head, lineRows, addLine, issue);
    }

    LineRow addLine() {
        if (lines.size() >= MAX_LINES) {
            FieldErrors.error(getTranslation("billing.new.tooManyLines", MAX_LINES));
            return null;
        }
        LineRow row = new LineRow();
        lines.add(row);
        lineRows.add(row);
        return row;
    }

    InvoiceDraft draft() {
        List<InvoiceLine> drafted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            drafted.add(lines.get(i).line(i + 1));
        }
        return new InvoiceDraft(customer.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                subscription.getValue().isBlank() ? null : subscription.getValue().strip(), InvoicePurpose.MANUAL, null, null,
                dueDate.getValue(), taxInclusive.getValue(), null, null, drafted);
    }

    private void issue() {
        errors.clear();
        lines.forEach(l -> l.price.setInvalid(false));
        try {
            Invoice issued = invoices.issue(draft());
            getUI().ifPresent(ui -> ui.navigate(InvoiceView.class, new RouteParameters("number", issued.number())));
        } catch (InvalidInputException invalid) {
            // errors of a line ("lines[2]") go on that line's price field; the rest by field name
            invalid.fieldErrors().forEach((field, keys) -> {
                if (field.startsWith("lines[")) {
                    int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
                    if (index < lines.size()) {
                        lines.get(index).price.setErrorMessage(String.join(" ", keys.stream().map(this::getTranslation).toList()));
                        lines.get(index).price.setInvalid(true);
                    }
                }
            });
            errors.show(new InvalidInputException(withoutLines(invalid)));
        }
    }

    private static java.util.Map<String, List<String>> withoutLines(InvalidInputException e) {
        java.util.Map<String, List<String>> rest = new java.util.LinkedHashMap<>(e.fieldErrors());
        rest.keySet().removeIf(k -> k.startsWith("lines["));
        return rest;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("customer").ifPresent(customer::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billing.new.title");
    }
}
