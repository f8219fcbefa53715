package id.arus.support;

import static id.arus.network.NetworkTestSupport.await;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.identity.internal.UserStore;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@ArusIT
class TicketsIT {

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

    private final GreenMail smtp = TestInfrastructure.mail();
    private SupportTestData data;
    private Customer putri;
    private Customer budi;

    @BeforeEach
    void customers() {
        data = new SupportTestData(store, passwords, customers);
        putri = data.customerWithAccount("putri");
        budi = data.customerWithAccount("budi");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCustomerOpensATicketDueByTheSlaOfItsPriorityAndItWaitsUnassignedInTheQueue() {
        SupportTestData.as(putri);
        Instant before = Instant.now();
        Ticket ticket = tickets.open(new NewTicket(null, null, "Internet mati sejak pagi", TicketCategory.CONNECTION_DOWN,
                TicketPriority.URGENT, "Lampu LOS merah."));

        assertThat(ticket.number()).matches("TCK-\\d{4}-\\d{6}");
        assertThat(ticket.customerCode()).isEqualTo(putri.code());
        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.dueAt()).isBetween(before.plus(Duration.ofHours(4)), Instant.now().plus(Duration.ofHours(4)));
        assertThat(tickets.mine()).extracting(Ticket::number).containsExactly(ticket.number());

        signIn("cs-queue", "CS");
        assertThat(tickets.queue(new TicketFilter(false, true, false, null, TicketPriority.URGENT, true, putri.code())))
                .extracting(Ticket::number).containsExactly(ticket.number());
        assertThat(tickets.countUnassigned()).isPositive();
        assertThat(tickets.get(ticket.number()).history()).extracting(TicketEvent::kind).containsExactly("opened");
    }

    @Test
    void staffRepliesAreMailedToTheCustomerAndInternalNotesNeverReachThem() throws Exception {
        SupportTestData.as(putri);
        Ticket ticket = tickets.open(new NewTicket(null, null, "Lambat malam hari", TicketCategory.SLOW, null, "Cuma 1 Mbps."));
        String cs = data.staff("cs-reply", Role.CS);

        signIn(cs, "CS");
        tickets.claim(ticket.number());
        tickets.note(ticket.number(), "Cek utilisasi ODP dulu");
        tickets.reply(ticket.number(), "Kami sedang memeriksa jalur Anda.");
        tickets.changeStatus(ticket.number(), TicketStatus.WAITING_CUSTOMER);
        TicketDetails staffView = tickets.get(ticket.number());
        assertThat(staffView.ticket().assignee()).isEqualTo(cs);
        assertThat(staffView.messages()).hasSize(3).anyMatch(TicketMessage::internal);

        SupportTestData.as(putri);
        TicketDetails customerView = tickets.get(ticket.number());
        assertThat(customerView.messages()).extracting(TicketMessage::body)
                .containsExactly("Cuma 1 Mbps.", "Kami sedang memeriksa jalur Anda.");
        tickets.reply(ticket.number(), "Masih lambat.");
        assertThat(tickets.get(ticket.number()).ticket().status()).isEqualTo(TicketStatus.IN_PROGRESS);

        await("the reply mail", Duration.ofSeconds(20), () -> !mailsTo(putri.email()).isEmpty());
        List<MimeMessage> mails = mailsTo(putri.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(ticket.number());
        assertThat((String) mails.get(0).getContent()).contains("Kami sedang memeriksa jalur Anda.").doesNotContain("ODP");

        signIn(cs, "CS");
        tickets.changeStatus(ticket.number(), TicketStatus.RESOLVED);
        await("the resolution mail", Duration.ofSeconds(20), () -> mailsTo(putri.email()).size() == 2);
        assertThat(mailsTo(putri.email()).get(1).getSubject()).contains("Selesai");
    }

    @Test
    void aCustomerCannotReadAnswerOrCloseAnotherCustomersTicket() {
        SupportTestData.as(putri);
        Ticket ticket = tickets.open(new NewTicket(null, null, "Tagihan dobel", TicketCategory.BILLING, null, "Ditagih dua kali."));

        SupportTestData.as(budi);
        assertThat(tickets.mine()).extracting(Ticket::number).doesNotContain(ticket.number());
        assertThatThrownBy(() -> tickets.get(ticket.number())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tickets.reply(ticket.number(), "bukan milik saya")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tickets.closeMine(ticket.number())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> tickets.queue(TicketFilter.active())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tickets.note(ticket.number(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tickets.changeStatus(ticket.number(), TicketStatus.CLOSED)).isInstanceOf(AccessDeniedException.class);
        // a customer's "customer code" in the form is ignored: they always open for themselves
        Ticket own = tickets.open(new NewTicket(putri.code(), null, "Milik saya", TicketCategory.OTHER, null, "Halo"));
        assertThat(own.customerCode()).isEqualTo(budi.code());

        signIn("finance-" + putri.code(), "FINANCE");
        assertThatThrownBy(() -> tickets.get(ticket.number())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueTicketsComeFirstAndTheOverdueFilterFindsThem() {
        signIn("cs-overdue", "CS");
        Ticket late = tickets.open(new NewTicket(putri.code(), null, "Pemasangan tertunda", TicketCategory.INSTALLATION,
                TicketPriority.LOW, "Belum ada teknisi datang."));
        Ticket fresh = tickets.open(new NewTicket(putri.code(), null, "Tanya paket", TicketCategory.OTHER,
                TicketPriority.URGENT, "Ada paket 50 Mbps?"));
        jdbc.sql("update support_ticket set due_at = now() - interval '1 hour' where number = :n").param("n", late.number()).update();

        List<Ticket> queue = tickets.queue(new TicketFilter(false, false, false, null, null, true, putri.code()));
        assertThat(queue).extracting(Ticket::number).containsExactly(late.number(), fresh.number());
        assertThat(queue.get(0).overdueAt(Instant.now())).isTrue();
        assertThat(tickets.queue(new TicketFilter(false, false, true, null, null, true, putri.code())))
                .extracting(Ticket::number).containsExactly(late.number());
    }

    @Test
    void badInputNamesTheFieldsAndAssigningToANonSupportUserIsRefused() {
        signIn("cs-bad", "CS");
        assertThatThrownBy(() -> tickets.open(new NewTicket("CUST-999999999", null, " ", null, null, "")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("subject", "message", "category", "customerCode"));
        Ticket ticket = tickets.open(new NewTicket(putri.code(), null, "Ganti password WiFi", TicketCategory.OTHER, null, "Tolong"));
        String finance = data.staff("fin", Role.FINANCE);
        assertThatThrownBy(() -> tickets.assign(ticket.number(), finance)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("assignee"));
        String technician = data.staff("tech", Role.TECHNICIAN);
        assertThat(tickets.assign(ticket.number(), technician).status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void aCustomerClosesAndReopensTheirTicketButCannotReplyWhileItIsFinished() {
        SupportTestData.as(putri);
        Ticket ticket = tickets.open(new NewTicket(null, null, "Modem bunyi", TicketCategory.OTHER, null, "Berisik."));
        assertThat(tickets.closeMine(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
        assertThatThrownBy(() -> tickets.reply(ticket.number(), "lagi")).isInstanceOf(InvalidInputException.class);
        assertThat(tickets.reopenMine(ticket.number()).status()).isEqualTo(TicketStatus.OPEN);

        tickets.closeMine(ticket.number());
        jdbc.sql("update support_ticket set finished_at = now() - interval '30 days' where number = :n")
                .param("n", ticket.number()).update();
        assertThatThrownBy(() -> tickets.reopenMine(ticket.number())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("status")).contains("ticket.reopen.tooLate"));
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
