package id.arus.payment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.payment.Checkout;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.portal.PortalLayout;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The customer pays one of their own invoices: the balance, Midtrans or a Tripay channel with the fee the
 * customer pays on top, then off to the gateway's page. Someone else's invoice is "not found".
 */
@Route(value = PortalPayView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalPayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal/bayar/:number";

    private final transient Invoices invoices;
    private final transient Payments payments;
    final VerticalLayout content = new VerticalLayout();

    public PortalPayView(Invoices invoices, Payments payments) {
        this.invoices = invoices;
        this.payments = payments;
        setPadding(false);
        content.setPadding(false);
        content.setId("portal-pay");
        add(new H2(getTranslation("payment.portal.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("number").orElse(""));
    }

    void show(String number) {
        content.removeAll();
        Invoice invoice;
        try {
            invoice = invoices.get(number);
        } catch (NoSuchElementException e) {
            content.add(new Paragraph(getTranslation("payment.portal.notFound")));
            return;
        }
        content.add(new Paragraph(getTranslation("payment.portal.invoice", invoice.number(), invoice.total().format())));
        Money balance = invoice.balance();
        if (balance.rupiah() <= 0) {
            content.add(new Paragraph(getTranslation("payment.portal.nothingToPay")));
            return;
        }
        Paragraph due = new Paragraph(getTranslation("payment.portal.balance", balance.format()));
        due.setId("portal-pay-balance");
        Button midtrans = new Button(getTranslation("payment.portal.midtrans"), e -> pay(invoice.number(), PaymentMethod.MIDTRANS, null));
        midtrans.setId("portal-pay-midtrans");
        midtrans.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        midtrans.setWidthFull();
        content.add(due, midtrans);
        List<PaymentChannel> channels = channels();
        if (!channels.isEmpty()) {
            content.add(new H3(getTranslation("payment.portal.tripay")));
        }
        for (PaymentChannel channel : channels) {
            if (balance.compareTo(channel.minimumAmount()) < 0 || (channel.maximumAmount() != null
                    && channel.maximumAmount().rupiah() > 0 && balance.compareTo(channel.maximumAmount()) > 0)) {
                continue;
            }
            Money fee = fee(channel, balance);
            Button pay = new Button(getTranslation("payment.portal.channel", channel.name(), fee.format(),
                    balance.plus(fee).format()), e -> pay(invoice.number(), PaymentMethod.TRIPAY, channel.code()));
            pay.setId("portal-pay-tripay-" + channel.code());
            pay.setWidthFull();
            content.add(pay);
        }
    }

    private List<PaymentChannel> channels() {
        try {
            return payments.channels();
        } catch (RuntimeException e) {
            return List.of(); // Tripay unreachable: Midtrans still works
        }
    }

    /** Tripay's customer fee: flat plus percent of the amount, rounded up to the rupiah as Tripay charges it. */
    static Money fee(PaymentChannel channel, Money amount) {
        long flat = channel.customerFlatFee() == null ? 0 : channel.customerFlatFee().rupiah();
        BigDecimal percent = channel.customerPercentFee() == null ? BigDecimal.ZERO : channel.customerPercentFee();
        long variable = BigDecimal.valueOf(amount.rupiah()).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .longValueExact();
        return Money.idr(flat + variable);
    }

    private void pay(String number, PaymentMethod gateway, String channel) {
        try {
            Checkout checkout = payments.checkout(number, gateway, channel);
            getUI().ifPresent(ui -> ui.getPage().setLocation(checkout.redirectUrl()));
        } catch (InvalidInputException invalid) {
            new FieldErrors(this).show(invalid);
        } catch (RuntimeException e) {
            FieldErrors.error(getTranslation("payment.portal.gatewayDown"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.portal.title");
    }
}
