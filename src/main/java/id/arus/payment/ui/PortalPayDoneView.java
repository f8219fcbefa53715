package id.arus.payment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/**
 * Where the gateway sends the customer back: the invoice's status, looked at again every few seconds until
 * it is paid (the callback usually arrives within seconds), at most {@link #MAX_POLLS} times.
 */
@Route(value = PortalPayDoneView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalPayDoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal/bayar/:number/selesai";
    static final int POLL_MILLIS = 3000;
    static final int MAX_POLLS = 100;

    private final transient Invoices invoices;
    final Paragraph status = new Paragraph();
    private String number = "";
    private int polls;
    private com.vaadin.flow.shared.Registration polling;

    public PortalPayDoneView(Invoices invoices) {
        this.invoices = invoices;
        setPadding(false);
        status.setId("portal-pay-status");
        add(new H2(getTranslation("payment.portal.done")), status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        polls = 0;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(e -> {
            if (isAttached()) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    /** Shows the status now; true once nothing more is expected (paid, void, unknown or polled long enough). */
    boolean refresh() {
        polls++;
        boolean finished;
        try {
            Invoice invoice = invoices.get(number);
            status.setText(getTranslation("payment.portal.status." + invoice.status().name(), invoice.number(),
                    invoice.balance().format()));
            finished = invoice.status() == InvoiceStatus.PAID || invoice.status() == InvoiceStatus.VOID;
        } catch (NoSuchElementException e) {
            status.setText(getTranslation("payment.portal.notFound"));
            finished = true;
        }
        if (finished || polls >= MAX_POLLS) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            return true;
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.portal.done");
    }
}
