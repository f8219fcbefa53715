package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings back a subscription isolated for non-payment once an invoice of it no longer holds it: only when it is
 * suspended for NON_PAYMENT and no other invoice of the subscription is still unpaid past its due date.
 * Idempotent: a subscription already active is left alone.
 */
@Component
class ServiceRestorer {

    private static final Logger log = LoggerFactory.getLogger(ServiceRestorer.class);
    private static final String BUSY = "subscription.busy";

    private final SubscriptionManagement subscriptions;
    private final Invoices invoices;
    private final DunningCalendar calendar;
    private final DunningSettings settings;

    ServiceRestorer(SubscriptionManagement subscriptions, Invoices invoices, DunningCalendar calendar, DunningSettings settings) {
        this.subscriptions = subscriptions;
        this.invoices = invoices;
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * Whether the subscription is isolated for non-payment, by a dunning or staff: a payment that settles its last
     * overdue invoice brings it back whoever isolated it.
     */
    static boolean suspendedForNonPayment(Subscription subscription) {
        return subscription.status() == SubscriptionStatus.SUSPENDED && subscription.statusReason() != null
                && subscription.statusReason().startsWith(SuspensionReason.NON_PAYMENT.name());
    }

    /** @return whether service was restored now */
    boolean restoreAfter(String invoiceNumber, String customerCode, String subscriptionNumber) {
        if (subscriptionNumber == null) {
            return false;
        }
        return SystemIdentity.call("dunning", () -> {
            Subscription subscription = subscriptions.get(subscriptionNumber);
            if (!suspendedForNonPayment(subscription)) {
                return false;
            }
            LocalDate today = calendar.today();
            for (Invoice other : invoices.ofCustomer(customerCode)) {
                if (!other.number().equals(invoiceNumber) && subscriptionNumber.equals(other.subscriptionNumber())
                        && other.status().open() && other.dueDate().isBefore(today)) {
                    log.info("{} stays isolated: {} is still unpaid", subscriptionNumber, other.number());
                    return false;
                }
            }
            unsuspend(subscriptionNumber, "Tagihan " + invoiceNumber + " lunas");
            return true;
        });
    }

    /**
     * Asks the subscription to come back, asking again (bounded) while its suspension answers "busy": that lasts
     * only while the isolation's own mail step runs, and a paying customer should be back within seconds.
     */
    private void unsuspend(String subscriptionNumber, String note) {
        for (int attempt = 1; ; attempt++) {
            try {
                subscriptions.unsuspend(subscriptionNumber, note);
                return;
            } catch (InvalidInputException e) {
                boolean busy = e.fieldErrors().values().stream().anyMatch(keys -> keys.contains(BUSY));
                if (!busy || attempt >= settings.unsuspendAttempts()) {
                    throw e;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.unsuspendPause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to restore service", e);
        }
    }
}
