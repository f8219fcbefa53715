package id.arus.payment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.payment.Payments;
import id.arus.payment.StoredCallback;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;

/** The gateways' recent callbacks as stored, with what Arus did with each (applied, duplicate, stale...). */
@Route(CallbackLogView.ROUTE)
@RolesAllowed({"ADMIN", "FINANCE", "CS"})
public class CallbackLogView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "billing/payments/callbacks";

    final Grid<StoredCallback> grid = new Grid<>(StoredCallback.class, false);

    public CallbackLogView(Payments payments, OperatorZone zone) {
        grid.setId("callbacks-grid");
        grid.addColumn(c -> zone.format(c.receivedAt(), getLocale())).setHeader(getTranslation("payment.callbacks.received"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.gateway().name()).setHeader(getTranslation("payment.callbacks.gateway")).setAutoWidth(true);
        grid.addColumn(StoredCallback::orderId).setHeader(getTranslation("payment.callbacks.order")).setAutoWidth(true);
        grid.addColumn(StoredCallback::status).setHeader(getTranslation("payment.status")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("payment.outcome." + c.outcome())).setHeader(getTranslation("payment.callbacks.outcome"))
                .setAutoWidth(true);
        grid.setItems(payments.callbacks(0, 500));
        grid.setSizeFull();
        add(new H2(getTranslation("payment.callbacks.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payment.callbacks.title");
    }
}
