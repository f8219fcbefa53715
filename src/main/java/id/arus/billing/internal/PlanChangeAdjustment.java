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
 * is looked at in its own cycle's period, since runs bill each plan by its cycle. Pure functions.
 *
 * <p>The old plan's line depends on how its period is billed ({@link OldPeriod}): days invoiced at the old plan
 * from E are credited; when the period is billed later at the plan current then (a postpaid run, a prepaid run
 * or activation invoice still to come), the days used at the old plan are charged; a period never invoiced gets
 * nothing for the old plan. The new plan's line: when its period will be billed at the new plan in full (a
 * postpaid run, or the prepaid run or activation still to come), the days before E are credited; otherwise its
 * days from E are charged. Every amount is a difference of two pro-rata shares from {@link BillingPeriods#prorata},
 * so a line plus what the run bills comes to exactly the run's rounding of the right days.
 */
final class PlanChangeAdjustment {

    private PlanChangeAdjustment() {
    }

    /** How the old plan's period containing the change day is billed. */
    enum OldPeriod {
        /** Invoiced at the old plan (a prepaid period or activation invoice). */
        INVOICED_AT_OLD_PLAN,
        /** Billed, or to be billed, at the plan the subscription has when it is billed (a run, an activation invoice). */
        BILLED_AT_CURRENT_PLAN,
        /** Not invoiced and nothing will (a prepaid activation invoice voided): only the new plan's part applies. */
        NEVER_INVOICED,
        /**
         * Postpaid, and changed on the first day of a period before that day's run billed the period that ended:
         * the run bills the ended period at the plan current then, the new one (not at all when it is prepaid).
         */
        ENDED_PERIOD_STILL_TO_RUN
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
     * @param activatedOn the subscription's activation day in the operator's zone
     * @param effectiveOn the first day of the new plan (the activation day or later)
     * @return the non-zero lines, the old plan's first
     */
    static List<Adjustment> settle(Terms oldPlan, Terms newPlan, LocalDate activatedOn, LocalDate effectiveOn,
                                   OldPeriod billed) {
        List<Adjustment> lines = new ArrayList<>(2);
        Period oldPeriod = BillingPeriods.containing(effectiveOn, oldPlan.cycle());
        switch (billed) {
            case INVOICED_AT_OLD_PLAN -> share(false, oldPlan.price(), oldPeriod, effectiveOn, oldPeriod.end(), -1).ifPresent(lines::add);
            case BILLED_AT_CURRENT_PLAN -> used(false, oldPlan.price(), oldPeriod, activatedOn, effectiveOn, 1).ifPresent(lines::add);
            case NEVER_INVOICED -> { }
            case ENDED_PERIOD_STILL_TO_RUN -> used(false, oldPlan.price(), BillingPeriods.endingBefore(effectiveOn, oldPlan.cycle()),
                    activatedOn, effectiveOn, 1).ifPresent(lines::add);
        }
        if (billed == OldPeriod.ENDED_PERIOD_STILL_TO_RUN && BillingPeriods.isPeriodStart(effectiveOn, newPlan.cycle())) {
            // that run bills the new plan: a postpaid one for the period ended (credited here for the old plan's
            // days), a prepaid one for the period starting, in full
            if (!newPlan.prepaid()) {
                used(true, newPlan.price(), BillingPeriods.endingBefore(effectiveOn, newPlan.cycle()), activatedOn, effectiveOn, -1)
                        .ifPresent(lines::add);
            }
            return lines;
        }
        Period newPeriod = BillingPeriods.containing(effectiveOn, newPlan.cycle());
        // a postpaid run bills the new plan for the whole period; so does a prepaid run or activation still to come
        boolean billedAtNewPlan = !newPlan.prepaid() || (oldPlan.prepaid() && billed == OldPeriod.BILLED_AT_CURRENT_PLAN);
        if (billedAtNewPlan) {
            used(true, newPlan.price(), newPeriod, activatedOn, effectiveOn, -1).ifPresent(lines::add);
        } else {
            share(true, newPlan.price(), newPeriod, effectiveOn, newPeriod.end(), 1).ifPresent(lines::add);
        }
        return lines;
    }

    /** The days of the period before {@code effectiveOn}, from the later of its start and the activation day. */
    private static Optional<Adjustment> used(boolean newPlan, Money price, Period period, LocalDate activatedOn,
                                             LocalDate effectiveOn, int sign) {
        LocalDate from = activatedOn.isAfter(period.start()) ? activatedOn : period.start();
        return share(newPlan, price, period, from, effectiveOn.minusDays(1), sign);
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
