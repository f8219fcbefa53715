package id.arus.billing.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.internal.PlanChangeAdjustment.Adjustment;
import id.arus.billing.internal.PlanChangeAdjustment.OldPeriod;
import id.arus.billing.internal.PlanChangeAdjustment.Terms;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionPlanChanged;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Settles a plan change in the middle of a period pro-rata ({@link PlanChangeAdjustment} says what): an upgrade
 * is a PLAN_CHANGE invoice; a downgrade, whose lines come to less than nothing, issues no negative invoice but
 * keeps the difference (with its PPN) as the customer's credit, spent at once on their open invoices and
 * otherwise on the next ones. Billing runs need not know: the lines are the difference to what they bill.
 *
 * <p>Once per change: the settlement row is keyed by the change ({@code changeId}, the subscription's history
 * entry), inserted first in the listener's transaction. An event delivered twice, or handled on two nodes at
 * once, finds the row (the second insert waits for the first transaction and then does nothing) and settles
 * nothing. A new version of the same plan applied to existing subscriptions (a revision) is billed from the
 * next period and settles nothing here.
 */
@Component
class ProrataOnPlanChange {

    private static final Logger log = LoggerFactory.getLogger(ProrataOnPlanChange.class);
    /** The reason of the credit kept for a downgrade; its payment reference is {@code plan-change:<changeId>}. */
    static final String CREDIT_REASON = "PLAN_CHANGE";

    private final SubscriptionManagement subscriptions;
    private final PlanCatalog plans;
    private final Invoices invoices;
    private final RunInvoiceLines lines;
    private final InvoiceStore store;
    private final InvoiceSettings settings;
    private final CreditApplier credit;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ProrataOnPlanChange(SubscriptionManagement subscriptions, PlanCatalog plans, Invoices invoices, RunInvoiceLines lines,
                        InvoiceStore store, InvoiceSettings settings, CreditApplier credit, AuditTrail audit, JdbcClient jdbc) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.invoices = invoices;
        this.lines = lines;
        this.store = store;
        this.settings = settings;
        this.credit = credit;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SubscriptionPlanChanged event) {
        SystemIdentity.run("billing-plan-change", () -> settle(event));
    }

    /** Settles the change unless it was settled before; runs in the caller's transaction. */
    void settle(SubscriptionPlanChanged event) {
        if (event.revision()) {
            log.info("Subscription {}: plan {} revised to v{}, billed from the next period", event.number(),
                    event.newPlanId(), event.newPlanVersion());
            return;
        }
        ProrataOnActivation.lockPartPeriods(jdbc, event.number());
        if (!claim(event)) {
            log.info("Subscription {}: plan change {} settled before", event.number(), event.changeId());
            return;
        }
        Subscription subscription = subscriptions.get(event.number());
        LocalDate activatedOn = lines.activatedOn(subscription);
        if (activatedOn == null || event.effectiveOn().isBefore(activatedOn)) {
            // never billed yet: activation bills whichever plan is current then
            return;
        }
        Plan oldPlan = plans.version(event.oldPlanId(), event.oldPlanVersion());
        Plan newPlan = plans.version(event.newPlanId(), event.newPlanVersion());
        List<Adjustment> adjustments = PlanChangeAdjustment.settle(terms(oldPlan), terms(newPlan), activatedOn,
                event.effectiveOn(), howBilled(event, oldPlan, activatedOn));
        List<InvoiceLine> invoiceLines = new ArrayList<>(adjustments.size());
        for (Adjustment adjustment : adjustments) {
            invoiceLines.add(lines.adjustmentLine(invoiceLines.size() + 1, adjustment.newPlan() ? newPlan : oldPlan, adjustment));
        }
        Money net = invoiceLines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        if (net.rupiah() > 0) {
            LocalDate first = adjustments.stream().map(Adjustment::first).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = adjustments.stream().map(Adjustment::last).max(LocalDate::compareTo).orElseThrow();
            long invoiceId = invoices.issue(new InvoiceDraft(subscription.customerCode(), event.number(), InvoicePurpose.PLAN_CHANGE,
                    first, last, null, newPlan.taxInclusive(), newPlan.code(), subscription.site(), invoiceLines)).id();
            jdbc.sql("update plan_change_settlement set invoice_id = ? where change_id = ?").params(invoiceId, event.changeId()).update();
        } else if (net.isNegative()) {
            keepAsCredit(event, subscription, newPlan, Money.idr(-net.rupiah()), invoiceLines);
        }
    }

    /** Inserts the change's settlement row; false when it is there already (settled before, or by another node). */
    private boolean claim(SubscriptionPlanChanged event) {
        return jdbc.sql("""
                        insert into plan_change_settlement (change_id, subscription_number, effective_on, old_plan_id,
                            old_plan_version, new_plan_id, new_plan_version, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (change_id) do nothing""")
                .params(event.changeId(), event.number(), event.effectiveOn(), event.oldPlanId(), event.oldPlanVersion(),
                        event.newPlanId(), event.newPlanVersion(), Timestamp.from(event.changedAt()))
                .update() == 1;
    }

    /** How the old plan's period containing the change day is billed: invoices issued so far, and what is to come. */
    private OldPeriod howBilled(SubscriptionPlanChanged event, Plan oldPlan, LocalDate activatedOn) {
        if (!oldPlan.prepaid()) {
            return endedPeriodStillToRun(event, oldPlan, activatedOn) ? OldPeriod.ENDED_PERIOD_STILL_TO_RUN
                    : OldPeriod.BILLED_AT_CURRENT_PLAN;
        }
        LocalDate day = event.effectiveOn();
        Optional<Instant> invoicedAt = jdbc.sql("""
                        select issued_at from invoice where subscription_number = ? and purpose in ('RECURRING', 'PRORATA')
                            and status <> 'VOID' and period_start <= ? and period_end >= ? order by id desc limit 1""")
                .params(event.number(), day, day).query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (invoicedAt.isPresent()) {
            // an activation invoice issued after the change was recorded billed the plan current then, the new one
            return invoicedAt.get().isAfter(event.changedAt()) ? OldPeriod.BILLED_AT_CURRENT_PLAN : OldPeriod.INVOICED_AT_OLD_PLAN;
        }
        if (activatedOn.isBefore(BillingPeriods.containing(day, oldPlan.cycle()).start())) {
            return OldPeriod.BILLED_AT_CURRENT_PLAN; // the period's run is still to come
        }
        boolean activationInvoiced = jdbc.sql("select exists (select 1 from invoice where subscription_number = ? and purpose = 'PRORATA')")
                .param(event.number()).query(Boolean.class).single();
        // voided, or still to come (the activation listener bills the plan current then)
        return activationInvoiced ? OldPeriod.NEVER_INVOICED : OldPeriod.BILLED_AT_CURRENT_PLAN;
    }

    /**
     * A postpaid change on the first day of a period, before that day's run billed the period that ended (the
     * run at 01:00, or a catch-up after downtime): the run will bill it at the new plan. Had the run billed it
     * first, its invoice was issued before the change.
     */
    private boolean endedPeriodStillToRun(SubscriptionPlanChanged event, Plan oldPlan, LocalDate activatedOn) {
        LocalDate day = event.effectiveOn();
        if (!BillingPeriods.isPeriodStart(day, oldPlan.cycle()) || !activatedOn.isBefore(day)) {
            return false;
        }
        LocalDate endedStart = BillingPeriods.endingBefore(day, oldPlan.cycle()).start();
        return !jdbc.sql("""
                        select exists (select 1 from invoice where subscription_number = ? and purpose = 'RECURRING'
                            and period_start = ? and issued_at <= ?)""")
                .params(event.number(), endedStart, Timestamp.from(event.changedAt())).query(Boolean.class).single();
    }

    /** A downgrade: the credited days' worth with its PPN, as a customer would have paid it, becomes credit. */
    private void keepAsCredit(SubscriptionPlanChanged event, Subscription subscription, Plan newPlan, Money lines,
                              List<InvoiceLine> detail) {
        Money amount = settings.taxPolicy().totals(lines, newPlan.taxInclusive()).total();
        store.insertCredit(event.customerId(), amount, CREDIT_REASON, null, "plan-change:" + event.changeId());
        jdbc.sql("update plan_change_settlement set credit = ? where change_id = ?").params(amount.rupiah(), event.changeId()).update();
        audit.record(AuditRecord.of("billing.credit.plan-change", "subscription:" + event.number())
                .withAfter(Map.of("credit", amount.rupiah(), "changeId", event.changeId(),
                        "lines", detail.stream().map(InvoiceLine::description).toList())));
        credit.applyToOpenInvoices(subscription.customerId());
    }

    private static Terms terms(Plan plan) {
        return new Terms(plan.price(), plan.cycle(), plan.prepaid());
    }
}
