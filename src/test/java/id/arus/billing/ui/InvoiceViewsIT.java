package id.arus.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.shared.Money;
import id.arus.shell.ArusI18n;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class InvoiceViewsIT {

    @Autowired
    ApplicationContext context;
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

    private Customer customer(String name) {
        signIn("cs-" + tag, "CS");
        return customers.create(TestCustomers.form(name + " " + tag));
    }

    private Invoice issue(Customer c, long price) {
        signIn("finance-" + tag, "FINANCE");
        return invoices.issue(new InvoiceDraft(c.code(), null, InvoicePurpose.MANUAL, null, null, null, false, null, null,
                List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket " + tag, Money.idr(price)))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListFindsByCustomerAndAddsUpTheFilteredInvoices() {
        Customer c = customer("List");
        Invoice a = issue(c, 100_000);
        issue(c, 50_000);
        signIn("cs-view-" + tag, "CS");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        InvoicesView view = KaribuViews.show(InvoicesView.class);

        _setValue(view.text, c.code());
        Grid<Invoice> grid = _get(Grid.class, spec -> spec.withId("invoice-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(view.totals.getText()).contains("2 tagihan", "Rp 166.500");
        assertThat(_get(Button.class, spec -> spec.withId("invoice-add")).isVisible()).as("CS only reads").isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("invoice-export")).getHref()).isNotBlank();

        _setValue(view.text, a.number());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).number()).isEqualTo(a.number());
    }

    @Test
    void financeVoidsFromTheDetailWithAReason() {
        Invoice invoice = issue(customer("Detail"), 70_000);
        signIn("finance-view-" + tag, "FINANCE");
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate(InvoiceView.class, new RouteParameters("number", invoice.number()));

        assertThat(_get(H2.class).getText()).isEqualTo(invoice.number());
        assertThat(_get(Anchor.class, spec -> spec.withId("invoice-pdf")).getHref()).isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("invoice-void")));
        _click(_get(Button.class, spec -> spec.withId("invoice-void-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("invoice-void-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for voiding.");
        _setValue(reason, "Wrong plan");
        _click(_get(Button.class, spec -> spec.withId("invoice-void-confirm")));

        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(_find(Button.class, spec -> spec.withId("invoice-void")).get(0).isVisible()).isFalse();
    }

    @Test
    void financeIssuesByHandWithADiscountAndSeesLineErrorsFirst() {
        Customer c = customer("New");
        signIn("finance-view-" + tag, "FINANCE");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        NewInvoiceView view = KaribuViews.show(NewInvoiceView.class);

        _setValue(view.customer, c.code());
        NewInvoiceView.LineRow fee = view.lines.get(0);
        _setValue(fee.description, "Paket Rumah 20 Mbps");
        _setValue(fee.price, 150_000);
        NewInvoiceView.LineRow discount = view.addLine();
        _setValue(discount.kind, LineKind.DISCOUNT);
        _setValue(discount.description, "Diskon tetangga");
        _setValue(discount.price, 200_000);
        _click(view.issue);
        assertThat(invoices.ofCustomer(c.code())).isEmpty();

        _setValue(discount.price, 50_000);
        _click(view.issue);
        signIn("finance-" + tag, "FINANCE");
        List<Invoice> issued = invoices.ofCustomer(c.code());
        assertThat(issued).singleElement().satisfies(i -> {
            assertThat(i.subtotal()).isEqualTo(Money.idr(100_000));
            assertThat(i.lines().get(1).amount()).isEqualTo(Money.idr(-50_000));
        });
    }

    @Test
    void aCustomerSeesTheirInvoicesWithAPayButtonForOpenOnes() {
        signIn("admin-" + tag, "ADMIN");
        String username = "portal-" + tag;
        Customer own = customers.createForAccount(TestCustomers.form("Portal " + tag), username);
        Invoice open = issue(own, 80_000);
        Invoice other = issue(customer("Other"), 90_000);

        signIn(username, "CUSTOMER");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        PortalInvoicesView view = KaribuViews.show(PortalInvoicesView.class);

        assertThat(_find(view.cards, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("invoice-" + open.number()))).hasSize(1);
        assertThat(_find(view.cards, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("invoice-" + other.number()))).isEmpty();
        Anchor pay = _get(Anchor.class, spec -> spec.withId("pay-" + open.number()));
        assertThat(pay.getHref()).isEqualTo("portal/bayar/" + open.number());
        assertThat(pay.getText()).isEqualTo("Bayar");
    }
}
