package id.arus.payment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.ManualPayment;
import id.arus.payment.Payment;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentFixtures;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.payment.StoredCallback;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The payment screens in the running application, browserless (Karibu): the payments list and its filters,
 * a manual payment recorded through the form with its errors on the fields, the callback log, and the
 * portal's pay page, which shows a customer their own invoice only.
 */
@ArusIT
class PaymentViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Payments payments;
    @Autowired
    PaymentCallbacks callbacks;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    private Invoice invoice() {
        return PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Layar", tag), 100_000, tag);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsAnInvoicesPaymentsAndFiltersByMethodAndCsOnlyReads() {
        Invoice invoice = invoice();
        Payment cash = payments.recordManual(new ManualPayment(invoice.number(), Money.idr(11_000), PaymentMethod.CASH,
                null, null, null));
        Payment transfer = payments.recordManual(new ManualPayment(invoice.number(), Money.idr(100_000),
                PaymentMethod.BANK_TRANSFER, "TRF-VIEW-" + tag, null, null));
        signIn("cs-view-" + tag, "CS");
        KaribuViews.start(context, Locale.ENGLISH);
        PaymentsView view = KaribuViews.show(PaymentsView.class);

        _setValue(view.search, invoice.number());
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(IntStream.range(0, 2).mapToObj(i -> GridKt._get(view.grid, i).receiptNumber()))
                .containsExactlyInAnyOrder(cash.receiptNumber(), transfer.receiptNumber());
        _setValue(view.method, PaymentMethod.BANK_TRANSFER);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).externalRef()).isEqualTo("TRF-VIEW-" + tag);
        _setValue(view.search, "TRF-VIEW-" + tag.toUpperCase(Locale.ROOT));
        assertThat(GridKt._size(view.grid)).as("the reference is found whatever its case").isEqualTo(1);

        assertThat(_find(Button.class, spec -> spec.withId("payments-record"))).as("CS records nothing").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("payments-reconcile"))).isEmpty();
    }

    @Test
    void financeRecordsATransferThroughTheFormAfterSeeingEachMistakeOnItsField() {
        Invoice invoice = invoice();
        signIn("finance-view-" + tag, "FINANCE");
        KaribuViews.start(context, Locale.ENGLISH);
        PaymentsView view = KaribuViews.show(PaymentsView.class);
        _click(_get(Button.class, spec -> spec.withId("payments-record")));
        TextField invoiceField = _get(TextField.class, spec -> spec.withId("payment-invoice"));
        IntegerField amount = _get(IntegerField.class, spec -> spec.withId("payment-amount"));
        TextField reference = _get(TextField.class, spec -> spec.withId("payment-reference"));
        Button save = _get(Button.class, spec -> spec.withId("payment-save"));

        _setValue(invoiceField, invoice.number());
        _click(save);
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("The amount must be more than Rp 0.");

        _setValue(amount, 111_000);
        _setValue(_get(ComboBox.class, spec -> spec.withId("payment-method")), PaymentMethod.BANK_TRANSFER);
        _click(save);
        assertThat(amount.isInvalid()).isFalse();
        assertThat(reference.isInvalid()).isTrue();
        assertThat(reference.getErrorMessage()).isEqualTo("The transfer reference is required.");

        _setValue(invoiceField, "INV-NONE-" + tag);
        _setValue(reference, "TRF-FORM-" + tag);
        _click(save);
        assertThat(invoiceField.getErrorMessage()).isEqualTo("Invoice not found.");
        assertThat(payments.ofInvoice(invoice.number())).as("nothing recorded while the form is wrong").isEmpty();

        _setValue(invoiceField, invoice.number());
        _click(save);

        assertThat(_find(Dialog.class, spec -> spec.withId("payment-record-dialog"))).as("the form closes").isEmpty();
        assertThat(payments.ofInvoice(invoice.number())).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
            assertThat(p.externalRef()).isEqualTo("TRF-FORM-" + tag);
            assertThat(p.recordedBy()).isEqualTo("finance-view-" + tag);
        });
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.PAID);
        _setValue(view.search, invoice.number());
        assertThat(GridKt._size(view.grid)).as("the list shows it at once").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCallbackLogShowsEachCallbackWithWhatWasDone() {
        String orderId = "INV-VIEW-" + tag + "-1";
        assertThat(SystemIdentity.call("tripay-callback", () -> callbacks.accept(new GatewayNotification(PaymentMethod.TRIPAY,
                orderId, "T-" + tag, GatewayStatus.PAID, "PAID", Money.idr(50_000), "BRIVA", Instant.now(), "{}"))))
                .isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        signIn("cs-view-" + tag, "CS");
        KaribuViews.start(context, Locale.ENGLISH);
        CallbackLogView view = KaribuViews.show(CallbackLogView.class);

        StoredCallback shown = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i))
                .filter(c -> c.orderId().equals(orderId)).findFirst().orElseThrow();
        assertThat(shown.gateway()).isEqualTo(PaymentMethod.TRIPAY);
        assertThat(shown.status()).isEqualTo("PAID");
        int row = IntStream.range(0, GridKt._size(view.grid)).filter(i -> GridKt._get(view.grid, i).equals(shown)).findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains(orderId, "TRIPAY", "Unknown order (FINANCE task)");
    }

    @Test
    void aCustomerPaysOnlyTheirOwnInvoiceOnThePortal() {
        signIn("admin-" + tag, "ADMIN");
        String username = "bayar-" + tag;
        Customer own = customers.createForAccount(TestCustomers.form("Bayar " + tag), username);
        Invoice mine = PaymentFixtures.invoice(invoices, own, 100_000, tag);
        Invoice someoneElses = invoice();

        signIn(username, "CUSTOMER");
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate(PortalPayView.class, new RouteParameters("number", mine.number()));
        PortalPayView view = _get(PortalPayView.class);
        assertThat(_get(view.content, Paragraph.class, spec -> spec.withId("portal-pay-balance")).getText())
                .isEqualTo("Left to pay: " + Money.idr(111_000).format());
        assertThat(_find(view.content, Button.class, spec -> spec.withId("portal-pay-midtrans"))).hasSize(1);
        assertThat(_find(view.content, Button.class, spec -> spec.withId("portal-pay-tripay-BRIVA"))).hasSize(1);

        UI.getCurrent().navigate(PortalPayView.class, new RouteParameters("number", someoneElses.number()));
        PortalPayView other = _get(PortalPayView.class);
        assertThat(_find(other.content, Paragraph.class)).extracting(Paragraph::getText).containsExactly("Invoice not found.");
        assertThat(_find(other.content, Button.class)).as("nothing to pay on someone else's invoice").isEmpty();
    }
}
