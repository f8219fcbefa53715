package id.arus.portal;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentType;
import id.arus.support.NewTicket;
import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.Tickets;
import id.arus.subscription.SubscriptionManagement;
import java.util.NoSuchElementException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two customers who signed up in the portal: every service method the portal calls gives each only their
 * own data, and asking for the other's by number, code or id is refused or answered "not found".
 */
@ArusIT
class PortalIsolationIT {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    @Autowired
    PortalSignUp signUp;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    CustomerDocuments documents;
    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    Tickets tickets;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCustomerReachesNoneOfAnotherCustomersDataThroughThePortalsServices() {
        Plan plan = PortalTestPlans.sellable(catalog);
        PortalRegistration ani = PortalTestPlans.registration(plan);
        PortalRegistration bayu = PortalTestPlans.registration(plan);
        SignedUp aniDone = register(ani, "10.8.0.1");
        SignedUp bayuDone = register(bayu, "10.8.0.2");

        signIn(bayu.username(), "CUSTOMER");
        CustomerDocument bayuKtp = documents.uploadMine(DocumentType.KTP, "ktp.jpg", JPEG);
        Ticket bayuTicket = tickets.open(new NewTicket(null, bayuDone.subscriptionNumber(), "Kapan dipasang?",
                TicketCategory.INSTALLATION, null, "Sudah seminggu."));

        signIn(ani.username(), "CUSTOMER");
        assertThat(customers.mine().code()).isEqualTo(aniDone.customerCode());
        assertThat(subscriptions.mine()).extracting(s -> s.number()).containsExactly(aniDone.subscriptionNumber());
        assertThat(documents.mine()).isEmpty();
        assertThat(tickets.mine()).isEmpty();

        refused(() -> customers.get(bayuDone.customerCode()));
        refused(() -> customers.getById(customerIdOf(bayuDone)));
        refused(() -> subscriptions.get(bayuDone.subscriptionNumber()));
        refused(() -> subscriptions.liveState(bayuDone.subscriptionNumber()));
        refused(() -> subscriptions.history(bayuDone.subscriptionNumber()));
        refused(() -> subscriptions.ofCustomer(bayuDone.customerCode()));
        refused(() -> documents.list(bayuDone.customerCode()));
        refused(() -> documents.content(bayuKtp.id()));
        refused(() -> tickets.get(bayuTicket.number()));
        refused(() -> tickets.reply(bayuTicket.number(), "halo"));
        refused(() -> tickets.closeMine(bayuTicket.number()));
        refused(() -> tickets.ofCustomer(bayuDone.customerCode()));
        // a ticket about someone else's service is refused too
        assertThatThrownBy(() -> tickets.open(new NewTicket(null, bayuDone.subscriptionNumber(), "Bukan punya saya",
                TicketCategory.OTHER, null, "x"))).isInstanceOf(id.arus.shared.InvalidInputException.class);
    }

    private long customerIdOf(SignedUp done) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn("cs-isolation", "CS");
            return customers.get(done.customerCode()).id();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private SignedUp register(PortalRegistration form, String address) {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        return signUp.register(form, address + "." + System.nanoTime() % 1000);
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AccessDeniedException.class, NoSuchElementException.class);
    }
}
