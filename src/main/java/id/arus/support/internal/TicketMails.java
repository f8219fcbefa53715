package id.arus.support.internal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.shared.SystemIdentity;
import id.arus.support.Ticket;
import id.arus.support.TicketMessage;
import id.arus.support.TicketReplied;
import id.arus.support.TicketResolved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the customer when staff answer or resolve their ticket, after the change committed. The mail key
 * is the reply or the resolution, so a retried event never mails twice; a failed send fails the listener
 * and the event registry tries again later. In Indonesian and English: the customer's language is theirs
 * to set in the portal, the mail must be understood either way.
 */
@Component
class TicketMails {

    private static final Logger log = LoggerFactory.getLogger(TicketMails.class);

    private final TicketStore tickets;
    private final CustomerDirectory customers;
    private final Mailer mailer;

    TicketMails(TicketStore tickets, CustomerDirectory customers, Mailer mailer) {
        this.tickets = tickets;
        this.customers = customers;
        this.mailer = mailer;
    }

    @ApplicationModuleListener
    void onReply(TicketReplied event) {
        SystemIdentity.run("ticket-mail", () -> {
            Ticket ticket = tickets.findByNumber(event.ticketNumber()).orElseThrow();
            TicketMessage message = tickets.message(event.messageId()).orElseThrow();
            send("ticket-reply:" + message.id(), ticket,
                    "[" + ticket.number() + "] Balasan baru / New reply: " + ticket.subject(),
                    "Tim kami membalas tiket Anda " + ticket.number() + ":\n"
                            + "Our team replied to your ticket " + ticket.number() + ":\n\n"
                            + message.body() + "\n\n"
                            + "Balas lewat portal pelanggan, menu Tiket. / Reply in the customer portal, Tickets.\n");
        });
    }

    @ApplicationModuleListener
    void onResolved(TicketResolved event) {
        SystemIdentity.run("ticket-mail", () -> {
            Ticket ticket = tickets.findByNumber(event.ticketNumber()).orElseThrow();
            send("ticket-resolved:" + event.eventId(), ticket,
                    "[" + ticket.number() + "] Selesai / Resolved: " + ticket.subject(),
                    "Tiket Anda " + ticket.number() + " telah kami selesaikan. Jika masalah masih ada, buka kembali"
                            + " tiket ini di portal pelanggan.\n"
                            + "Your ticket " + ticket.number() + " has been resolved. If the problem persists, reopen"
                            + " it in the customer portal.\n");
        });
    }

    private void send(String key, Ticket ticket, String subject, String body) {
        Customer customer = customers.findByCode(ticket.customerCode()).orElse(null);
        if (customer == null || customer.email() == null || customer.email().isBlank()) {
            log.warn("Ticket {}: the customer has no e-mail address, not mailing \"{}\"", ticket.number(), key);
            return;
        }
        mailer.send(new OutgoingMail(key, customer.email(), subject, body));
    }
}
