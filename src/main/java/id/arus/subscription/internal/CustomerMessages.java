package id.arus.subscription.internal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.platform.SecretCipher;
import id.arus.subscription.internal.SubscriptionStore.Row;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The mails a customer gets about their subscription, in Indonesian (the {@code subscription} bundle's
 * default texts {@code mail.<kind>.subject} and {@code mail.<kind>.body}). Each mail's key names the
 * subscription, the kind and the process instance, so a retried step never mails twice while a second
 * suspension months later does mail again. A customer without an e-mail address gets nothing (logged).
 */
@Component
class CustomerMessages {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessages.class);
    /** The bundle's default file is Indonesian; no fallback to the JVM's locale (which may be English). */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/subscription", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final CustomerDirectory customers;
    private final Mailer mailer;
    private final SecretCipher cipher;

    CustomerMessages(CustomerDirectory customers, Mailer mailer, SecretCipher cipher) {
        this.customers = customers;
        this.mailer = mailer;
        this.cipher = cipher;
    }

    /** Sends the message of that kind ({@code welcome}, {@code suspended}...), keyed by {@code occasion}. */
    void send(Row row, String kind, String occasion) {
        Customer customer = customers.getById(row.subscription().customerId());
        if (customer.email() == null || customer.email().isBlank()) {
            log.info("Customer {} has no e-mail address; the '{}' message of {} was not mailed", customer.code(), kind,
                    row.subscription().number());
            return;
        }
        var s = row.subscription();
        Object[] args = {customer.name(), s.number(), s.login() == null ? "-" : s.login(),
                row.encryptedPassword() == null ? "-" : cipher.decrypt(row.encryptedPassword()),
                s.statusReason() == null ? "-" : s.statusReason(), s.address() == null ? "-" : s.address()};
        mailer.send(new OutgoingMail("subscription:" + s.number() + ":" + kind + ":" + occasion, customer.email(),
                format("mail." + kind + ".subject", args), format("mail." + kind + ".body", args)));
    }

    private static String format(String key, Object[] args) {
        return new MessageFormat(TEXTS.getString(key), Locale.forLanguageTag("id")).format(args);
    }
}
