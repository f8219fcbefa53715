package id.arus.subscription.internal;

import id.arus.catalog.PlanType;
import id.arus.platform.SecretCipher;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import java.security.SecureRandom;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateCredentials}: the PPPoE or hotspot login is the customer code in lower case without
 * the dash ({@code CUST-000123} → {@code cust000123}), with {@code -2}, {@code -3}... for the customer's
 * further services, so staff recognise it on the router; the password is random. A subscription that has
 * its login keeps it (a retried step), and a static-IP one gets none.
 */
@Component("generateCredentialsDelegate")
class GenerateCredentialsDelegate implements JavaDelegate {

    /** No 0/O or 1/l/I, as customers type it from a letter or a phone. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 12;
    /** A customer with this many services is far beyond any real case; the bound keeps the loop finite. */
    private static final int MAX_SUFFIX = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionLifecycle lifecycle;
    private final SubscriptionStore store;
    private final SecretCipher cipher;

    GenerateCredentialsDelegate(SubscriptionLifecycle lifecycle, SubscriptionStore store, SecretCipher cipher) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.cipher = cipher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        SystemIdentity.run("subscription-activation", () -> {
            Subscription s = lifecycle.lock(number).subscription();
            if (s.login() != null || s.type() == PlanType.STATIC_IP) {
                return;
            }
            lifecycle.setCredentials(number, freeLogin(s.customerCode()), cipher.encrypt(password()));
        });
    }

    String freeLogin(String customerCode) {
        String base = customerCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (int n = 1; n <= MAX_SUFFIX; n++) {
            String login = n == 1 ? base : base + "-" + n;
            if (!store.loginTaken(login)) {
                return login;
            }
        }
        throw new IllegalStateException("Customer " + customerCode + " has more than " + MAX_SUFFIX + " logins");
    }

    static String password() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
