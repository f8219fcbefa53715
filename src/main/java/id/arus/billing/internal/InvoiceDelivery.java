package id.arus.billing.internal;

import id.arus.billing.Invoice;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.notification.MailFailedException;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.settings.SettingsManagement;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.SystemIdentity;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends every invoice not yet delivered (issued by hand or by a billing run) to the customer by e-mail with
 * its PDF, in batches, on one node at a time. The mail's key {@code invoice:<number>} makes a repeated
 * round harmless; an SMTP failure ends the round and leaves the rest for the next one, so nothing is lost.
 * A customer without an e-mail address is marked delivered with a note (they read it in the portal).
 */
@Component
class InvoiceDelivery {

    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(InvoiceDelivery.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", InvoicePdf.LANGUAGE);

    private final InvoiceStore store;
    private final InvoicePdf pdf;
    private final InvoiceSettings settings;
    private final CustomerDirectory customers;
    private final SettingsManagement company;
    private final Mailer mailer;
    private final MessageSource messages;
    /** For the lock that lets one node at a time do this job. */
    private final DataSource locks;
    private final int maxBatches;

    InvoiceDelivery(InvoiceStore store, InvoicePdf pdf, InvoiceSettings settings, CustomerDirectory customers,
                    SettingsManagement company, Mailer mailer, MessageSource messages, DataSource locks,
                    @Value("${arus.billing.delivery-max-batches:25}") int maxBatches) {
        this.store = store;
        this.pdf = pdf;
        this.settings = settings;
        this.customers = customers;
        this.company = company;
        this.mailer = mailer;
        this.messages = messages;
        this.locks = locks;
        this.maxBatches = maxBatches;
    }

    /** What a round did. */
    record Round(int sent, int withoutEmail, int failed) {
    }

    @Scheduled(initialDelayString = "${arus.billing.delivery-interval:30s}", fixedDelayString = "${arus.billing.delivery-interval:30s}")
    void scheduled() {
        Round round = deliverPending();
        if (round.sent() + round.withoutEmail() + round.failed() > 0) {
            log.info("Invoice delivery: {} sent, {} without e-mail, {} left for the next round", round.sent(),
                    round.withoutEmail(), round.failed());
        }
    }

    /** One round: batches of {@value #BATCH} until none is left, SMTP fails, or the round's cap is reached. */
    Round deliverPending() {
        int[] counts = new int[3];
        AdvisoryLocks.tryRun(locks, AdvisoryLocks.of(AdvisoryLocks.BillingJob.DELIVERY), () -> SystemIdentity.run("invoice-delivery", () -> {
            for (int batch = 0; batch < maxBatches; batch++) {
                List<String> numbers = store.undelivered(BATCH);
                int before = counts[0] + counts[1];
                for (String number : numbers) {
                    Outcome outcome = deliver(number);
                    if (outcome == Outcome.SMTP_DOWN) {
                        counts[2]++;
                        return;
                    }
                    counts[outcome == Outcome.SENT ? 0 : outcome == Outcome.NO_EMAIL ? 1 : 2]++;
                }
                // a batch that delivered nothing (every one failed) would come back the same: stop
                if (numbers.size() < BATCH || counts[0] + counts[1] == before) {
                    return;
                }
            }
        }));
        return new Round(counts[0], counts[1], counts[2]);
    }

    private enum Outcome { SENT, NO_EMAIL, FAILED, SMTP_DOWN }

    private Outcome deliver(String number) {
        InvoiceStore.Stored stored = store.find(number).orElse(null);
        if (stored == null) {
            return Outcome.FAILED;
        }
        Invoice invoice = stored.invoice();
        try {
            Customer customer = customers.getById(invoice.customerId());
            if (customer.email() == null || customer.email().isBlank()) {
                store.markDelivered(invoice.id(), text("billing.delivery.no-email"));
                return Outcome.NO_EMAIL;
            }
            mailer.send(mail(invoice, customer));
            store.markDelivered(invoice.id(), null);
            return Outcome.SENT;
        } catch (MailFailedException smtp) {
            log.warn("Invoice {} not sent, SMTP failed ({}); retried next round", number, smtp.getMessage());
            return Outcome.SMTP_DOWN;
        } catch (RuntimeException e) {
            log.error("Invoice {} could not be delivered; retried next round", number, e);
            return Outcome.FAILED;
        }
    }

    OutgoingMail mail(Invoice invoice, Customer customer) {
        String companyName = company.company().name();
        // an installation whose company profile is still empty must not send "Invoice X from" with nothing after it
        String subject = companyName.isBlank() ? text("billing.mail.subject.no-company", invoice.number())
                : text("billing.mail.subject", invoice.number(), companyName);
        String body = text("billing.mail.body", customer.name(), invoice.number(), invoice.total().format(),
                DATE.format(invoice.dueDate()), settings.payLink(invoice.number()), companyName);
        return new OutgoingMail("invoice:" + invoice.number(), customer.email(), subject, body,
                List.of(new OutgoingMail.Attachment(InvoicePdf.fileName(invoice.number()), "application/pdf",
                        pdf.render(invoice, customer))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, InvoicePdf.LANGUAGE);
    }
}
