package id.arus.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.payment.ManualPayment;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.payment.ReconciliationResult;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * Payments: the most recent ones with filters, a manual (cash or transfer) payment for an invoice, the
 * receipt of each, a refund through the gateway and the reconciliation on demand. FINANCE and ADMIN act;
 * CS reads.
 */
@Route(PaymentsView.ROUTE)
@Menu(title = "menu.payments", order = 42, icon = "vaadin:money")
@RolesAllowed({"ADMIN", "FINANCE", "CS"})
public class PaymentsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "billing/payments";
    static final int SHOWN = 500;

    private final transient Payments payments;
    private final transient OperatorZone zone;
    private final boolean mayAct;
    final TextField search = new TextField();
    final ComboBox<PaymentMethod> method = new ComboBox<>();
    final Grid<Payment> grid = new Grid<>(Payment.class, false);
    private List<Payment> loaded = List.of();

    public PaymentsView(Payments payments, OperatorZone zone, AuthenticationContext authentication) {
        this.payments = payments;
        this.zone = zone;
        this.mayAct = authentication.hasAnyRole("ADMIN", "FINANCE");
        setPadding(true);

        Button record = new Button(getTranslation("payment.record"), VaadinIcon.PLUS.create(), e -> recordDialog(""));
        record.setId("payments-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reconcile = new Button(getTranslation("payment.reconcile"), VaadinIcon.EXCHANGE.create(), e -> reconcile());
        reconcile.setId("payments-reconcile");
        record.setVisible(mayAct);
        reconcile.setVisible(mayAct);
        RouterLink callbacks = new RouterLink(getTranslation("payment.callbacks.title"), CallbackLogView.class);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("payment.title")), callbacks, reconcile, record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setWrap(true);

        search.setId("payments-search");
        search.setPlaceholder(getTranslation("payment.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        method.setId("payments-method");
        method.setPlaceholder(getTranslation("payment.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("payment.method." + m.name()));
        method.setClearButtonVisible(true);
        method.addValueChangeListener(e -> filter());

        grid.setId("payments-grid");
        grid.addColumn(Payment::receiptNumber).setHeader(getTranslation("payment.receipt")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(p -> zone.format(p.paidAt(), getLocale())).setHeader(getTranslation("payment.paidAt")).setAutoWidth(true);
        grid.addColumn(Payment::invoiceNumber).setHeader(getTranslation("payment.invoice")).setAutoWidth(true);
        grid.addColumn(Payment::customerCode).setHeader(getTranslation("payment.customer")).setAutoWidth(true);
        grid.addColumn(p -> p.amount().format()).setHeader(getTranslation("payment.amount")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("payment.method." + p.method().name())
                + (p.channel() == null ? "" : " · " + p.channel())).setHeader(getTranslation("payment.method")).setAutoWidth(true);
        grid.addColumn(p -> p.externalRef() == null ? "" : p.externalRef()).setHeader(getTranslation("payment.reference")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("payment.status." + p.status())
                + (p.refunded().rupiah() > 0 ? " (" + p.refunded().format() + ")" : "")).setHeader(getTranslation("payment.status"))
                .setAutoWidth(true);
        grid.addColumn(Payment::recordedBy).setHeader(getTranslation("payment.recordedBy")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setSizeFull();

        add(header, new HorizontalLayout(search, method), grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(Payment payment) {
        Anchor receipt = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(payments.receipt(payment.receiptNumber())), payment.receiptNumber() + ".pdf",
                "application/pdf", -1)), getTranslation("payment.receipt.download"));
        receipt.setTarget("_blank");
        receipt.setId("payment-receipt-" + payment.receiptNumber());
        HorizontalLayout actions = new HorizontalLayout(receipt);
        if (mayAct && payment.method().gateway() && payment.amount().compareTo(payment.refunded()) > 0) {
            Button refund = new Button(getTranslation("payment.refund"), e -> refundDialog(payment));
            refund.setId("payment-refund-" + payment.receiptNumber());
            refund.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(refund);
        }
        return actions;
    }

    void refresh() {
        loaded = payments.recent(0, SHOWN);
        filter();
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(loaded.stream()
                .filter(p -> method.getValue() == null || p.method() == method.getValue())
                .filter(p -> text.isEmpty() || (p.receiptNumber() + " " + p.invoiceNumber() + " " + p.customerCode() + " "
                        + (p.externalRef() == null ? "" : p.externalRef())).toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    /** The manual payment form; opened empty from the header or for an invoice from elsewhere. */
    Dialog recordDialog(String invoiceNumber) {
        Dialog dialog = new Dialog(getTranslation("payment.record"));
        dialog.setId("payment-record-dialog");
        TextField invoice = new TextField(getTranslation("payment.invoice"));
        invoice.setId("payment-invoice");
        invoice.setValue(invoiceNumber);
        IntegerField amount = new IntegerField(getTranslation("payment.amount"));
        amount.setId("payment-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        ComboBox<PaymentMethod> manualMethod = new ComboBox<>(getTranslation("payment.method"));
        manualMethod.setId("payment-method");
        manualMethod.setItems(PaymentMethod.CASH, PaymentMethod.BANK_TRANSFER);
        manualMethod.setItemLabelGenerator(m -> getTranslation("payment.method." + m.name()));
        manualMethod.setValue(PaymentMethod.CASH);
        TextField reference = new TextField(getTranslation("payment.reference"));
        reference.setId("payment-reference");
        reference.setHelperText(getTranslation("payment.reference.help"));
        TextField note = new TextField(getTranslation("payment.note"));
        note.setId("payment-note");
        FieldErrors errors = new FieldErrors(this).bind("invoiceNumber", invoice).bind("amount", amount)
                .bind("method", manualMethod).bind("reference", reference);
        dialog.add(new FormLayout(invoice, amount, manualMethod, reference, note));
        Button save = new Button(getTranslation("payment.save"), e -> {
            try {
                Payment saved = payments.recordManual(new ManualPayment(invoice.getValue().strip(),
                        amount.getValue() == null ? null : Money.idr(amount.getValue()), manualMethod.getValue(),
                        reference.getValue(), null, note.getValue()));
                dialog.close();
                FieldErrors.success(getTranslation("payment.recorded", saved.receiptNumber(), saved.amount().format()));
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("payment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("payment.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    private void refundDialog(Payment payment) {
        Dialog dialog = new Dialog(getTranslation("payment.refund.title", payment.receiptNumber()));
        IntegerField amount = new IntegerField(getTranslation("payment.amount"));
        amount.setId("refund-amount");
        amount.setValue((int) payment.amount().minus(payment.refunded()).rupiah());
        TextField reason = new TextField(getTranslation("payment.refund.reason"));
        reason.setId("refund-reason");
        FieldErrors errors = new FieldErrors(this).bind("amount", amount).bind("reason", reason);
        dialog.add(new FormLayout(amount, reason));
        Button confirm = new Button(getTranslation("payment.refund"), e -> {
            try {
                payments.refund(payment.receiptNumber(), amount.getValue() == null ? null : Money.idr(amount.getValue()),
                        reason.getValue());
                dialog.close();
                FieldErrors.success(getTranslation("payment.refunded", payment.receiptNumber()));
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        confirm.setId("refund-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("payment.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void reconcile() {
        ReconciliationResult result = payments.reconcile(3);
        FieldErrors.success(getTranslation("payment.reconciled", result.checked(), result.differences(), result.newReviews(),
                result.unreachable()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.title");
    }
}
