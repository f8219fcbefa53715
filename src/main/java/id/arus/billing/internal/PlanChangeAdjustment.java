package id.arus.billing.internal;

import id.arus.billing.internal.BillingPeriods.Billing;
import id.arus.billing.internal.BillingPeriods.Period;
import id.arus.catalog.BillingCycle;
import id.arus.shared.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a plan change on day E settles for the period it falls in: the difference between what that period is
 * (or will be) billed and what it should cost, old plan up to the day before E and new plan from E. Each plan
 * is looked at in its own cycle's period, since the runs bill each plan by its cycle. Pure functions.
 *
 * <p>How each plan's days were billed before the change decides its line:
 * <ul>
 *   <li>old plan, its period already invoiced (a prepaid RECURRING or activation PRORATA invoice): its unused
 *       days E..end are credited;</li>
 *   <li>old plan, the period left to a billing run (postpaid, or prepaid whose run has not billed it yet): the run
 *       will bill the plan current then, so the days the old plan was used are charged now;</li>
 *   <li>old prepaid plan activated in the period whose activation invoice is missing: nothing (never invoiced,
 *       only the new plan's part applies);</li>
 *   <li>new plan, whose period a run will bill in full at the new plan (postpaid, or the prepaid run still to
 *       come): the days before E are credited;</li>
 *   <li>new plan otherwise (prepaid, period already invoiced): its days E..end are charged.</li>
 * </ul>
 * Every amount is the difference of two pro-rata shares from {@link BillingPeriods#prorata}, so a line plus
 * what the run bills comes to exactly the run's rounding of the right days.
 */
final class PlanChangeAdjustment {

    private PlanChangeAdjustment() {
    }

    /** The price, cycle and payment mode of one of the two plans. */
    record Terms(Money price, BillingCycle cycle, boolean prepaid) {
    }

    /**
     * One line of the settlement: {@code first..last} of one plan's period, charged (positive) or credited
     * (negative).
     */
    record Adjustment(boolean newPlan, Period period, LocalDate first, LocalDate last, Money amount) {

        int days() {
            return (int) ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /**
     * @param activatedOn   the subscription's activation day in the operator's zone
     * @param effectiveOn   the first day of the new plan (after {@code activatedOn} or on it)
     * @param oldInvoiced   whether an invoice for the old plan's period containing {@code effectiveOn} exists
     *                      (not void)
     * @return the non-zero lines, old plan's first
     */
    static List<Adjustment> settle(Terms oldPlan, Terms newPlan, LocalDate activatedOn, LocalDate effectiveOn,
                                   boolean oldInvoiced) {
        List<Adjustment> lines = new ArrayList<>(2);
        Period oldPeriod = BillingPeriods.containing(effectiveOn, oldPlan.cycle());
        boolean activatedBefore = activatedOn.isBefore(oldPeriod.start());
        // a prepaid period not invoiced although the subscription was active at its start: its run is still to come
        boolean runStillBillsPrepaid = oldPlan.prepaid() && !oldInvoiced && activatedBefore;
        if (oldInvoiced) {
            share(false, oldPlan.price(), oldPeriod, effectiveOn, oldPeriod.end(), -1).ifPresent(lines::add);
        } else if (!oldPlan.prepaid() || runStillBillsPrepaid) {
            used(false, oldPlan.price(), oldPeriod, activatedOn, effectiveOn).ifPresent(lines::add);
        }
        Period newPeriod = BillingPeriods.containing(effectiveOn, newPlan.cycle());
        boolean runBillsNewPlan = !newPlan.prepaid() || runStillBillsPrepaid;
        if (runBillsNewPlan) {
            used(true, newPlan.price(), newPeriod, activatedOn, effectiveOn).map(PlanChangeAdjustment::negated).ifPresent(lines::add);
        } else {
            share(true, newPlan.price(), newPeriod, effectiveOn, newPeriod.end(), 1).ifPresent(lines::add);
        }
        return lines;
    }

    /** The days of the period before {@code effectiveOn}, from the later of its start and the activation day. */
    private static Optional<Adjustment> used(boolean newPlan, Money price, Period period, LocalDate activatedOn,
                                             LocalDate effectiveOn) {
        LocalDate from = activatedOn.isAfter(period.start()) ? activatedOn : period.start();
        return share(newPlan, price, period, from, effectiveOn.minusDays(1), 1);
    }

    private static Optional<Adjustment> share(boolean newPlan, Money price, Period period, LocalDate first, LocalDate last,
                                              int sign) {
        if (last.isBefore(first)) {
            return Optional.empty();
        }
        Money amount = prorata(price, period, first, last);
        return amount.rupiah() == 0 ? Optional.empty()
                : Optional.of(new Adjustment(newPlan, period, first, last, Money.idr(sign * amount.rupiah())));
    }

    private static Adjustment negated(Adjustment a) {
        return new Adjustment(a.newPlan(), a.period(), a.first(), a.last(), Money.idr(-a.amount().rupiah()));
    }

    /**
     * The price of {@code first..last} of a period: the share a run bills from {@code first} less the share it
     * would bill from the day after {@code last}, so the parts of a period always add up to the whole.
     */
    static Money prorata(Money price, Period period, LocalDate first, LocalDate last) {
        Money fromFirst = BillingPeriods.prorata(price, new Billing(period, first));
        return last.equals(period.end()) ? fromFirst
                : fromFirst.minus(BillingPeriods.prorata(price, new Billing(period, last.plusDays(1))));
    }
}
