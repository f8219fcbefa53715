package id.arus.billing.internal;

import id.arus.billing.InvoiceLine;
import id.arus.billing.LineKind;
import id.arus.billing.internal.BillingPeriods.Billing;
import id.arus.billing.internal.RunChunkWriter.DueInvoice;
import id.arus.catalog.Plan;
import id.arus.settings.OperatorZone;
import id.arus.shared.Money;
import id.arus.subscription.Subscription;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The lines of a subscription's period invoice: the plan fee, or its pro-rata share for a part period, and
 * the installation fee on the first invoice of a plan that has one. Line texts are Indonesian (the
 * {@code billingrun} bundle's default file), as the customer reads them on the invoice.
 */
@Component
class RunInvoiceLines {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/billingrun", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", INDONESIAN);

    private final OperatorZone zone;

    RunInvoiceLines(OperatorZone zone) {
        this.zone = zone;
    }

    /**
     * The invoice a run for {@code runStart} issues for the subscription, if it bills it at all. The run reads the
     * operator's zone once and passes it, since reading it is a settings query and a run asks 100,000 times.
     */
    Optional<DueInvoice> dueInvoice(Subscription subscription, Plan plan, LocalDate runStart, ZoneId operatorZone) {
        LocalDate activatedOn = activatedOn(subscription, operatorZone);
        return BillingPeriods.dueOn(runStart, plan.cycle(), plan.prepaid(), activatedOn).map(billing -> {
            List<InvoiceLine> lines = new ArrayList<>(periodLines(plan, billing));
            // a postpaid plan's first invoice is the one for the period it was activated in
            if (activatedOn != null && billing.period().contains(activatedOn)) {
                installationLine(plan).ifPresent(lines::add);
            }
            return new DueInvoice(subscription.number(), subscription.customerId(), subscription.customerCode(),
                    plan.code(), subscription.site(), billing.period().start(), billing.period().end(),
                    plan.taxInclusive(), lines);
        });
    }

    LocalDate activatedOn(Subscription subscription) {
        return activatedOn(subscription, zone.zone());
    }

    private static LocalDate activatedOn(Subscription subscription, ZoneId operatorZone) {
        return subscription.activatedAt() == null ? null : LocalDate.ofInstant(subscription.activatedAt(), operatorZone);
    }

    /** The plan fee for a whole period, or a pro-rata line for a part period. */
    List<InvoiceLine> periodLines(Plan plan, Billing billing) {
        String from = DAY.format(billing.firstDay());
        String to = DAY.format(billing.period().end());
        if (!billing.partial()) {
            return List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, text("billingrun.line.plan-fee", plan.name(), from, to), plan.price()));
        }
        Money share = BillingPeriods.prorata(plan.price(), billing);
        return List.of(InvoiceLine.of(1, LineKind.PRORATA, text("billingrun.line.prorata", plan.name(), from, to,
                billing.billedDays(), billing.period().days()), share));
    }

    /**
     * A plan change's line for part of a period: a PRORATA charge, or a DISCOUNT for days credited (already
     * invoiced at the old plan, or to be billed at the new plan by the run).
     */
    InvoiceLine adjustmentLine(int position, Plan plan, PlanChangeAdjustment.Adjustment adjustment) {
        boolean credit = adjustment.amount().isNegative();
        String description = text(credit ? "billingrun.line.plan-change.credit" : "billingrun.line.plan-change.charge",
                plan.name(), DAY.format(adjustment.first()), DAY.format(adjustment.last()), adjustment.days(),
                adjustment.period().days());
        return InvoiceLine.of(position, credit ? LineKind.DISCOUNT : LineKind.PRORATA, description, adjustment.amount());
    }

    Optional<InvoiceLine> installationLine(Plan plan) {
        Money fee = plan.installationFee();
        return fee == null || fee.rupiah() <= 0 ? Optional.empty()
                : Optional.of(InvoiceLine.of(2, LineKind.INSTALLATION, text("billingrun.line.installation", plan.name()), fee));
    }

    private static String text(String key, Object... args) {
        return new MessageFormat(TEXTS.getString(key), INDONESIAN).format(args);
    }
}
