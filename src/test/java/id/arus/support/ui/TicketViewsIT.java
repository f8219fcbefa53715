package id.arus.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import id.arus.shell.AccessDeniedView;
import id.arus.shell.ArusI18n;
import id.arus.support.NewTicket;
import id.arus.support.SupportTestData;
import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.TicketMessage;
import id.arus.support.TicketPriority;
import id.arus.support.TicketStatus;
import id.arus.support.Tickets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@ArusIT
class TicketViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Tickets tickets;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    private SupportTestData data;
    private Customer customer;

    @BeforeEach
    void aCustomer() {
        data = new SupportTestData(store, passwords, customers);
        customer = data.customerWithAccount("tv");
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueueHighlightsOverdueTicketsAndTheTicketPageClaimsRepliesAndNotes() {
        String cs = data.staff("tv-cs", Role.CS);
        signIn(cs, "CS");
        Ticket late = tickets.open(new NewTicket(customer.code(), null, "Putus total", TicketCategory.CONNECTION_DOWN,
                TicketPriority.HIGH, "Sejak jam 7"));
        jdbc.sql("update support_ticket set due_at = now() - interval '2 hours' where number = :n").param("n", late.number()).update();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(TicketsView.class);

        _get(TextField.class, spec -> spec.withId("tickets-text")).setValue(customer.code());
        Grid<Ticket> grid = _get(Grid.class, spec -> spec.withId("tickets-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Terbuka");
        Span due = (Span) GridKt._getCellComponent(grid, 0, "due");
        assertThat(due.getText()).contains("Lewat tenggat");
        assertThat(due.getElement().getThemeList()).contains("badge", "error");
        _get(Checkbox.class, spec -> spec.withId("tickets-mine")).setValue(true);
        assertThat(GridKt._size(grid)).isZero();

        UI.getCurrent().navigate("tickets/" + late.number());
        _click(_get(Button.class, spec -> spec.withId("ticket-claim")));
        _get(TextArea.class, spec -> spec.withId("ticket-message")).setValue("Cek ODP Dago");
        _click(_get(Button.class, spec -> spec.withId("ticket-note")));
        _get(TextArea.class, spec -> spec.withId("ticket-message")).setValue("Teknisi menuju lokasi.");
        _click(_get(Button.class, spec -> spec.withId("ticket-reply")));

        var details = tickets.get(late.number());
        assertThat(details.ticket().assignee()).isEqualTo(cs);
        assertThat(details.ticket().status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(details.messages()).extracting(TicketMessage::body).containsExactly("Sejak jam 7", "Cek ODP Dago", "Teknisi menuju lokasi.");
        assertThat(_get(Div.class, spec -> spec.withId("ticket-thread")).getElement().getTextRecursively())
                .contains("internal").contains("Teknisi menuju lokasi.");
        assertThat(_get(TextArea.class, spec -> spec.withId("ticket-message")).getValue()).isEmpty();
    }

    @Test
    void aCustomerOpensAndFollowsTheirTicketInThePortalWithoutSeeingStaffNotes() {
        SupportTestData.as(customer);
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(PortalTicketsView.class);
        PortalTicketsView view = _get(PortalTicketsView.class);

        view.openTicket();
        assertThat(view.form.subject().isInvalid()).isTrue();
        assertThat(view.form.subject().getErrorMessage()).isEqualTo("Isi judul tiket.");
        view.form.category().setValue(TicketCategory.SLOW);
        view.form.subject().setValue("Lambat sekali");
        view.form.message().setValue("Hanya 2 Mbps sejak kemarin.");
        view.openTicket();
        Ticket opened = tickets.mine().get(0);
        assertThat(opened.subject()).isEqualTo("Lambat sekali");
        assertThat(_get(Anchor.class, spec -> spec.withId("portal-ticket-" + opened.number())).getText()).contains("Lambat sekali");

        signIn("tv-noc", "NOC");
        tickets.note(opened.number(), "rahasia internal");
        tickets.reply(opened.number(), "Sudah kami perbaiki.");
        SupportTestData.as(customer);
        UI.getCurrent().navigate("portal/tiket/" + opened.number());
        PortalTicketView page = _get(PortalTicketView.class);
        assertThat(_get(Div.class, spec -> spec.withId("ticket-thread")).getElement().getTextRecursively())
                .contains("Sudah kami perbaiki.").doesNotContain("rahasia internal");
        page.message.setValue("Terima kasih, sudah normal.");
        _click(page.reply);
        _click(page.close);
        assertThat(tickets.get(opened.number()).ticket().status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(page.reopen.isVisible()).isTrue();
        assertThat(page.reply.isVisible()).isFalse();
    }

    @Test
    void customersAreDeniedTheStaffQueueAndStaffTheCustomersTicketPages() {
        SupportTestData.as(customer);
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate("tickets");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        KaribuViews.stop();

        signIn("tv-fin", "FINANCE");
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate("tickets");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        KaribuViews.stop();

        signIn("tv-cs2", "CS");
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate("portal/tiket");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(PortalTicketsView.class)).isEmpty();
    }
}
