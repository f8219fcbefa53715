package id.arus.billing.internal;

import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.internal.BillingPeriods.Billing;
import id.arus.billing.internal.BillingPeriods.Period;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionActivated;
import id.arus.subscription.SubscriptionManagement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A prepaid subscription pays its first (part) period when it is activated: a PRORATA invoice from the
 * activation day to the end of the calendar period, plus the plan's installation fee. Billing runs skip
 * prepaid subscriptions activated on or after their period start, so the two never bill one period twice.
 * A postpaid subscription is billed for its part period by the next run instead.
 *
 * <p>Handled once per subscription: the listener takes a transaction-scoped advisory lock on the
 * subscription's number and issues nothing if the subscription already has its PRORATA invoice, so an
 * event delivered twice (the publication registry retries) or handled on two nodes issues one invoice.
 */
@Component
class ProrataOnActivation {

    private static final Logger log = LoggerFactory.getLogger(ProrataOnActivation.class);

    private final SubscriptionManagement subscriptions;
    private final PlanCatalog plans;
    private final Invoices invoices;
    private final RunInvoiceLines lines;
    private final OperatorZone zone;
    private final JdbcClient jdbc;

    ProrataOnActivation(SubscriptionManagement subscriptions, PlanCatalog plans, Invoices invoices,
                        RunInvoiceLines lines, OperatorZone zone, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.invoices = invoices;
        this.lines = lines;
        this.zone = zone;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SubscriptionActivated event) {
        SystemIdentity.run("billing-prorata", () -> invoiceFirstPeriod(event.number()));
    }

    /**
     * Serialises, until the transaction ends and across nodes, what bills a subscription's part periods: its
     * activation invoice and the settlements of its plan changes (each reads what the other issued).
     */
    static void lockPartPeriods(JdbcClient jdbc, String subscriptionNumber) {
        AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.ofName("prorata:" + subscriptionNumber));
    }

    /** Issues the prepaid subscription's first-period invoice unless it exists; runs in the caller's transaction. */
    void invoiceFirstPeriod(String subscriptionNumber) {
        Subscription subscription = subscriptions.get(subscriptionNumber);
        Plan plan = plans.version(subscription.planId(), subscription.planVersion());
        if (!plan.prepaid()) {
            return;
        }
        lockPartPeriods(jdbc, subscriptionNumber);
        boolean issued = jdbc.sql("""
                        select exists (select 1 from invoice where subscription_number = ? and purpose = 'PRORATA')""")
                .param(subscriptionNumber).query(Boolean.class).single();
        if (issued) {
            log.info("Subscription {} already has its first-period invoice", subscriptionNumber);
            return;
        }
        LocalDate activatedOn = lines.activatedOn(subscription);
        LocalDate firstDay = activatedOn != null ? activatedOn : LocalDate.now(zone.zone());
        Period period = BillingPeriods.containing(firstDay, plan.cycle());
        List<InvoiceLine> invoiceLines = new ArrayList<>(lines.periodLines(plan, new Billing(period, firstDay)));
        lines.installationLine(plan).ifPresent(invoiceLines::add);
        invoices.issue(new InvoiceDraft(subscription.customerCode(), subscriptionNumber, InvoicePurpose.PRORATA,
                firstDay, period.end(), null, plan.taxInclusive(), plan.code(), subscription.site(), invoiceLines));
    }
}
