package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.customer.Customer;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.notification.ShortMessage;
import id.arus.notification.ShortMessages;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Payment reminders by e-mail and WhatsApp/SMS, in Indonesian (the {@code dunning} bundle's default texts
 * {@code reminder.<when>.*}). Both carry the key {@code dunning:<invoice>:<rule>}, so a retried step never
 * reminds twice and each rule reminds once. A customer without an address or phone just misses that channel.
 */
@Component
class DunningMessages {

    private static final Logger log = LoggerFactory.getLogger(DunningMessages.class);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/dunning", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final Mailer mailer;
    private final ShortMessages shortMessages;
    private final String publicUrl;

    DunningMessages(Mailer mailer, ShortMessages shortMessages, @Value("${arus.public-url:http://localhost:8080}") String publicUrl) {
        this.mailer = mailer;
        this.shortMessages = shortMessages;
        this.publicUrl = publicUrl;
    }

    /** @param daysFromDue negative before the due date: "will be due", 0: "due today", after: "overdue" */
    void remind(Invoice invoice, Customer customer, String ruleCode, int daysFromDue) {
        String when = daysFromDue < 0 ? "before" : daysFromDue == 0 ? "due" : "overdue";
        Object[] args = {customer.name(), invoice.number(), invoice.dueDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN)),
                invoice.balance().format(), Math.abs(daysFromDue), publicUrl + "/portal"};
        String key = "dunning:" + invoice.number() + ":" + ruleCode;
        if (customer.email() != null && !customer.email().isBlank()) {
            mailer.send(new OutgoingMail(key, customer.email(), format("reminder." + when + ".subject", args),
                    format("reminder." + when + ".body", args)));
        } else {
            log.info("Customer {} has no e-mail address; reminder {} of {} not mailed", customer.code(), ruleCode, invoice.number());
        }
        if (customer.phone() != null && !customer.phone().isBlank()) {
            shortMessages.send(new ShortMessage(key, customer.phone(), format("reminder." + when + ".message", args)));
        } else {
            log.info("Customer {} has no phone number; reminder {} of {} not messaged", customer.code(), ruleCode, invoice.number());
        }
    }

    private static String format(String key, Object[] args) {
        return new MessageFormat(TEXTS.getString(key), INDONESIAN).format(args);
    }
}
