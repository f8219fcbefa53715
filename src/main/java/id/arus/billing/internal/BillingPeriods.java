package id.arus.billing.internal;

import id.arus.catalog.BillingCycle;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calendar billing periods. Periods follow the calendar, not the activation date, so one run a day bills
 * everybody whose period starts that day: MONTHLY starts on every 1st, QUARTERLY on 1 January, April, July
 * and October, YEARLY on 1 January. Pure functions, no state.
 */
final class BillingPeriods {

    private BillingPeriods() {
    }

    /** First and last day (inclusive) of one period. */
    record Period(LocalDate start, LocalDate end) {

        int days() {
            return (int) ChronoUnit.DAYS.between(start, end) + 1;
        }

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    /**
     * What a run for {@code runStart} bills one subscription for.
     *
     * @param period   the cycle's period (the idempotency key of the invoice is its start)
     * @param firstDay the first day billed: the period's start, or the activation day for a part period
     */
    record Billing(Period period, LocalDate firstDay) {

        boolean partial() {
            return firstDay.isAfter(period.start());
        }

        int billedDays() {
            return (int) ChronoUnit.DAYS.between(firstDay, period.end()) + 1;
        }
    }

    /** Whether some cycle has a period starting that day (every 1st of a month: the monthly cycle). */
    static boolean isAnyPeriodStart(LocalDate day) {
        return day.getDayOfMonth() == 1;
    }

    static boolean isPeriodStart(LocalDate day, BillingCycle cycle) {
        return day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % cycle.months() == 0;
    }

    static Period startingOn(LocalDate start, BillingCycle cycle) {
        if (!isPeriodStart(start, cycle)) {
            throw new IllegalArgumentException(start + " does not start a " + cycle + " period");
        }
        return new Period(start, start.plusMonths(cycle.months()).minusDays(1));
    }

    static Period containing(LocalDate day, BillingCycle cycle) {
        int firstMonth = (day.getMonthValue() - 1) / cycle.months() * cycle.months() + 1;
        return startingOn(LocalDate.of(day.getYear(), firstMonth, 1), cycle);
    }

    /** The period of the cycle that ends the day before {@code day}. */
    static Period endingBefore(LocalDate day, BillingCycle cycle) {
        return containing(day.minusDays(1), cycle);
    }

    /**
     * What a run for the periods starting on {@code runStart} bills a subscription for, if anything: nothing
     * when its cycle has no period starting that day. A prepaid plan pays the period starting then; one
     * activated on or after that day is not billed by the run, since its activation invoice covers the period.
     * A postpaid plan pays the period that just ended, pro-rata from the activation day when it was activated
     * during it, and nothing when it was activated after it.
     *
     * @param activatedOn the activation day in the operator's zone; null when unknown (billed in full)
     */
    static Optional<Billing> dueOn(LocalDate runStart, BillingCycle cycle, boolean prepaid, LocalDate activatedOn) {
        if (!isPeriodStart(runStart, cycle)) {
            return Optional.empty();
        }
        if (prepaid) {
            Period period = startingOn(runStart, cycle);
            return activatedOn != null && !activatedOn.isBefore(runStart) ? Optional.empty()
                    : Optional.of(new Billing(period, period.start()));
        }
        Period ended = startingOn(runStart.minusMonths(cycle.months()), cycle);
        if (activatedOn == null || !activatedOn.isAfter(ended.start())) {
            return Optional.of(new Billing(ended, ended.start()));
        }
        return ended.contains(activatedOn) ? Optional.of(new Billing(ended, activatedOn)) : Optional.empty();
    }

    /** {@code price} × billed days / days in the period, rounded half up to whole rupiah. */
    static Money prorata(Money price, Billing billing) {
        if (!billing.partial()) {
            return price;
        }
        return Money.idr(BigDecimal.valueOf(price.rupiah()).multiply(BigDecimal.valueOf(billing.billedDays()))
                .divide(BigDecimal.valueOf(billing.period().days()), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * The period starts after {@code lastBilled} up to and including {@code today}, oldest first, at most
     * {@code limit} of them (the newest ones when more are missing): the runs a day's timer catches up on.
     * With nothing billed before ({@code lastBilled} null) only today counts, so a new installation does not
     * bill its past.
     */
    static List<LocalDate> startsToCatchUp(LocalDate lastBilled, LocalDate today, int limit) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate first = lastBilled == null ? today : lastBilled.plusDays(1);
        LocalDate start = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
        for (int n = 0; n < 1200 && !start.isAfter(today); n++, start = start.plusMonths(1)) {
            starts.add(start);
        }
        return starts.size() <= limit ? starts : List.copyOf(starts.subList(starts.size() - limit, starts.size()));
    }
}
