package id.arus.billing.internal;

import static id.arus.billing.internal.PlanChangeAdjustment.OldPeriod.BILLED_AT_CURRENT_PLAN;
import static id.arus.billing.internal.PlanChangeAdjustment.OldPeriod.ENDED_PERIOD_STILL_TO_RUN;
import static id.arus.billing.internal.PlanChangeAdjustment.OldPeriod.INVOICED_AT_OLD_PLAN;
import static id.arus.billing.internal.PlanChangeAdjustment.OldPeriod.NEVER_INVOICED;
import static id.arus.catalog.BillingCycle.MONTHLY;
import static id.arus.catalog.BillingCycle.QUARTERLY;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.billing.internal.BillingPeriods.Period;
import id.arus.billing.internal.PlanChangeAdjustment.Adjustment;
import id.arus.billing.internal.PlanChangeAdjustment.Terms;
import id.arus.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanChangeAdjustmentTest {

    private static final LocalDate LONG_AGO = d("2020-01-15");
    private static final Terms PREPAID_300K = new Terms(Money.idr(300_000), MONTHLY, true);
    private static final Terms PREPAID_450K = new Terms(Money.idr(450_000), MONTHLY, true);
    private static final Terms POSTPAID_300K = new Terms(Money.idr(300_000), MONTHLY, false);
    private static final Terms POSTPAID_450K = new Terms(Money.idr(450_000), MONTHLY, false);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Each line as "old|new first..last amount". */
    private static List<String> lines(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> (a.newPlan() ? "new " : "old ") + a.first() + ".." + a.last() + " " + a.amount().rupiah())
                .toList();
    }

    @Test
    void aPrepaidUpgradeCreditsTheOldPlansUnusedDaysAndChargesTheNewPlansRest() {
        // 21..30 November: 10 of 30 days
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-21"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-11-21..2026-11-30 -100000", "new 2026-11-21..2026-11-30 150000");
    }

    @Test
    void aPostpaidChangeOnTheFirstBeforeTheRunPaysTheEndedMonthAtTheOldPlan() {
        // the run bills November at the new postpaid plan: the difference to the old one is settled here
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_450K, POSTPAID_300K, LONG_AGO, d("2026-12-01"), ENDED_PERIOD_STILL_TO_RUN)))
                .containsExactly("old 2026-11-01..2026-11-30 450000", "new 2026-11-01..2026-11-30 -300000");
        // to prepaid: the run bills December in advance and not November, which the old plan pays in full here
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_450K, PREPAID_300K, LONG_AGO, d("2026-12-01"), ENDED_PERIOD_STILL_TO_RUN)))
                .containsExactly("old 2026-11-01..2026-11-30 450000");
        // activated on 21 November: the run would bill its 10 days
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_450K, POSTPAID_300K, d("2026-11-21"), d("2026-12-01"), ENDED_PERIOD_STILL_TO_RUN)))
                .containsExactly("old 2026-11-21..2026-11-30 150000", "new 2026-11-21..2026-11-30 -100000");
        // to a quarterly prepaid plan whose period does not start that day: the run bills nothing of it, so its rest is charged
        Terms quarterly = new Terms(Money.idr(900_000), QUARTERLY, true);
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_450K, quarterly, LONG_AGO, d("2026-12-01"), ENDED_PERIOD_STILL_TO_RUN)))
                .containsExactly("old 2026-11-01..2026-11-30 450000", "new 2026-12-01..2026-12-31 303261"); // 31 of 92 days
    }

    @Test
    void aPrepaidDowngradeComesToLessThanNothing() {
        List<Adjustment> downgrade = PlanChangeAdjustment.settle(PREPAID_450K, PREPAID_300K, LONG_AGO, d("2026-11-21"), INVOICED_AT_OLD_PLAN);
        assertThat(lines(downgrade)).containsExactly("old 2026-11-21..2026-11-30 -150000", "new 2026-11-21..2026-11-30 100000");
        assertThat(downgrade.stream().mapToLong(a -> a.amount().rupiah()).sum()).isEqualTo(-50_000);
    }

    @Test
    void aChangeOnThePeriodsFirstDaySwapsTheWholePeriodAndOnItsLastDayOneDay() {
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-01"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-11-01..2026-11-30 -300000", "new 2026-11-01..2026-11-30 450000");
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-30"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-11-30..2026-11-30 -10000", "new 2026-11-30..2026-11-30 15000");
    }

    @Test
    void daysAreCountedInTheMonthTheChangeFallsIn() {
        Terms price = new Terms(Money.idr(310_000), MONTHLY, true);
        Terms doubled = new Terms(Money.idr(620_000), MONTHLY, true);
        // January: 10 of 31 days; February 2028: 10 of 29; February 2026: 10 of 28 (rounded half up)
        assertThat(lines(PlanChangeAdjustment.settle(price, doubled, LONG_AGO, d("2026-01-22"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-01-22..2026-01-31 -100000", "new 2026-01-22..2026-01-31 200000");
        assertThat(lines(PlanChangeAdjustment.settle(price, doubled, LONG_AGO, d("2028-02-20"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2028-02-20..2028-02-29 -106897", "new 2028-02-20..2028-02-29 213793");
        assertThat(lines(PlanChangeAdjustment.settle(price, doubled, LONG_AGO, d("2026-02-19"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-02-19..2026-02-28 -110714", "new 2026-02-19..2026-02-28 221429");
    }

    @Test
    void partsOfAPeriodAlwaysAddUpToThePrice() {
        Period january = new Period(d("2026-01-01"), d("2026-01-31"));
        Money price = Money.idr(100_000);
        // 1..10, 11..20, 21..31 each rounded on its own would not add up; as differences of run shares they do
        long sum = PlanChangeAdjustment.prorata(price, january, d("2026-01-01"), d("2026-01-10")).rupiah()
                + PlanChangeAdjustment.prorata(price, january, d("2026-01-11"), d("2026-01-20")).rupiah()
                + PlanChangeAdjustment.prorata(price, january, d("2026-01-21"), d("2026-01-31")).rupiah();
        assertThat(sum).isEqualTo(100_000);
        assertThat(PlanChangeAdjustment.prorata(price, january, d("2026-01-21"), d("2026-01-31")))
                .isEqualTo(BillingPeriods.prorata(price, new BillingPeriods.Billing(january, d("2026-01-21"))));
    }

    @Test
    void postpaidChargesTheOldPlansUsedDaysAndCreditsWhatTheRunWillBillAtTheNewPlanForThem() {
        // the run bills 450,000 for November; with these lines the customer pays 200,000 + 150,000
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_300K, POSTPAID_450K, LONG_AGO, d("2026-11-21"), BILLED_AT_CURRENT_PLAN)))
                .containsExactly("old 2026-11-01..2026-11-20 200000", "new 2026-11-01..2026-11-20 -300000");
        // activated on 10 November: the run bills from then, so do the lines
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_300K, POSTPAID_450K, d("2026-11-10"), d("2026-11-21"), BILLED_AT_CURRENT_PLAN)))
                .containsExactly("old 2026-11-10..2026-11-20 110000", "new 2026-11-10..2026-11-20 -165000");
        assertThat(PlanChangeAdjustment.settle(POSTPAID_300K, POSTPAID_450K, LONG_AGO, d("2026-11-01"), BILLED_AT_CURRENT_PLAN))
                .as("from the first day the run bills the new plan for the whole period").isEmpty();
    }

    @Test
    void aPeriodNeverInvoicedGetsOnlyTheNewPlansPart() {
        // activated in November, its activation invoice voided: nothing for the old plan
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, d("2026-11-05"), d("2026-11-21"), NEVER_INVOICED)))
                .containsExactly("new 2026-11-21..2026-11-30 150000");
        // active since before November and its run still to come: the run bills the new plan for all of November
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-21"), BILLED_AT_CURRENT_PLAN)))
                .containsExactly("old 2026-11-01..2026-11-20 200000", "new 2026-11-01..2026-11-20 -300000");
        assertThat(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-01"), BILLED_AT_CURRENT_PLAN))
                .as("changed on the 1st before the run: the run bills the new plan, nothing to settle").isEmpty();
    }

    @Test
    void anActivationInvoiceStillToComeBillsTheNewPlanFromActivationSoTheOldPlansDaysAreSettledAgainstIt() {
        // activated 5 November; the activation invoice will bill 26/30 of 450,000 = 390,000
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, d("2026-11-05"), d("2026-11-21"), BILLED_AT_CURRENT_PLAN)))
                .containsExactly("old 2026-11-05..2026-11-20 160000", "new 2026-11-05..2026-11-20 -240000");
    }

    @Test
    void betweenPrepaidAndPostpaidEachPlanIsSettledByHowItsDaysAreBilled() {
        // prepaid November invoiced, then postpaid: the run will bill November again at the new plan
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, POSTPAID_450K, LONG_AGO, d("2026-11-21"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-11-21..2026-11-30 -100000", "new 2026-11-01..2026-11-20 -300000");
        // postpaid to prepaid: no run bills November any more
        assertThat(lines(PlanChangeAdjustment.settle(POSTPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-21"), BILLED_AT_CURRENT_PLAN)))
                .containsExactly("old 2026-11-01..2026-11-20 200000", "new 2026-11-21..2026-11-30 150000");
    }

    @Test
    void eachPlanIsSettledInItsOwnCyclesPeriod() {
        Terms quarterly = new Terms(Money.idr(920_000), QUARTERLY, true);
        // October to December has 92 days; 21 November to 31 December is 41 of them
        assertThat(lines(PlanChangeAdjustment.settle(PREPAID_300K, quarterly, LONG_AGO, d("2026-11-21"), INVOICED_AT_OLD_PLAN)))
                .containsExactly("old 2026-11-21..2026-11-30 -100000", "new 2026-11-21..2026-12-31 410000");
    }

    @Test
    void aChainOfChangesInOnePeriodBillsEachPlanForItsOwnDays() {
        // 300k from 1 to 10 November, 450k from 11 to 20, 600k from 21 to 30: 100k + 150k + 200k
        Terms prepaid600k = new Terms(Money.idr(600_000), MONTHLY, true);
        long paid = 300_000
                + sum(PlanChangeAdjustment.settle(PREPAID_300K, PREPAID_450K, LONG_AGO, d("2026-11-11"), INVOICED_AT_OLD_PLAN))
                + sum(PlanChangeAdjustment.settle(PREPAID_450K, prepaid600k, LONG_AGO, d("2026-11-21"), INVOICED_AT_OLD_PLAN));
        assertThat(paid).isEqualTo(450_000);
    }

    private static long sum(List<Adjustment> adjustments) {
        return adjustments.stream().mapToLong(a -> a.amount().rupiah()).sum();
    }
}
