package id.arus.support.internal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerQuery;
import id.arus.shared.SystemIdentity;
import id.arus.support.NewTicket;
import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.TicketPriority;
import id.arus.support.TicketStatus;
import id.arus.support.Tickets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's tickets, so the queue and the portal have something to click: the portal account
 * {@code pelanggan} opened two (one already answered by customer service), and a few other customers
 * called in. Created through {@link Tickets} (validated, audited) once, on a database without tickets, after
 * the demo customers exist.
 */
@Component
@Profile("demo")
class SupportDemoData {

    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);
    private static final String PORTAL_ACCOUNT = "pelanggan";

    private final Tickets tickets;
    private final TicketStore store;
    private final CustomerDirectory customers;

    SupportDemoData(Tickets tickets, TicketStore store, CustomerDirectory customers) {
        this.tickets = tickets;
        this.store = store;
        this.customers = customers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void createTickets() {
        try {
            create();
        } catch (RuntimeException e) {
            // demo tickets are a convenience: a demo without them must still start
            log.warn("Demo tickets not created: {}", e.toString());
        }
    }

    private void create() {
        if (store.countAll() > 0) {
            return;
        }
        List<Customer> some = SystemIdentity.call("demo-data",
                () -> customers.search(new CustomerQuery(null, null, null, null, null), 0, 6));
        if (some.isEmpty()) {
            log.info("No demo customers yet: no demo tickets");
            return;
        }
        Customer portal = SystemIdentity.call("demo-data", () -> customers.search(CustomerQuery.text("Putri Pelanggan"), 0, 5))
                .stream().filter(c -> PORTAL_ACCOUNT.equals(c.username())).findFirst().orElse(null);
        if (portal != null) {
            Ticket slow = asCustomer(() -> tickets.open(new NewTicket(null, null, "Internet lambat setiap malam",
                    TicketCategory.SLOW, null, "Mulai jam 19.00 kecepatan turun sampai 1 Mbps. Mohon dicek.")));
            asCustomer(() -> tickets.open(new NewTicket(null, null, "Ganti nama WiFi", TicketCategory.OTHER, null,
                    "Bagaimana cara mengganti nama dan kata sandi WiFi di modem?")));
            SystemIdentity.run("demo-data", () -> {
                tickets.note(slow.number(), "Utilisasi ODP Ngaglik 85% jam sibuk; teknisi cek besok.");
                tickets.reply(slow.number(), "Terima kasih, Bu Putri. Kami sedang memeriksa jalur di area Anda.");
                tickets.changeStatus(slow.number(), TicketStatus.WAITING_CUSTOMER);
            });
        }
        SystemIdentity.run("demo-data", () -> {
            TicketPriority[] priorities = {TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.NORMAL, TicketPriority.LOW};
            TicketCategory[] categories = {TicketCategory.CONNECTION_DOWN, TicketCategory.INSTALLATION, TicketCategory.BILLING,
                    TicketCategory.OTHER};
            String[] subjects = {"Internet putus total", "Jadwal pemasangan", "Tagihan bulan ini", "Pindah alamat"};
            int i = 0;
            for (Customer c : some) {
                if ((portal != null && c.id() == portal.id()) || i >= subjects.length) {
                    continue;
                }
                tickets.open(new NewTicket(c.code(), null, subjects[i], categories[i], priorities[i],
                        "Pelanggan menelepon layanan pelanggan."));
                i++;
            }
        });
        log.info("Created demo tickets");
    }

    private <T> T asCustomer(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PORTAL_ACCOUNT, null,
                AuthorityUtils.createAuthorityList("ROLE_CUSTOMER")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
