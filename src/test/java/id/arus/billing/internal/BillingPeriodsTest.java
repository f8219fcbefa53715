package id.arus.billing.internal;

import static id.arus.catalog.BillingCycle.MONTHLY;
import static id.arus.catalog.BillingCycle.QUARTERLY;
import static id.arus.catalog.BillingCycle.YEARLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.billing.internal.BillingPeriods.Billing;
import id.arus.billing.internal.BillingPeriods.Period;
import id.arus.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthlyStartsEveryFirstQuarterlyEveryThirdMonthYearlyOnTheFirstOfJanuary() {
        assertThat(BillingPeriods.isPeriodStart(d("2026-11-01"), MONTHLY)).isTrue();
        assertThat(BillingPeriods.isPeriodStart(d("2026-11-02"), MONTHLY)).isFalse();
        assertThat(BillingPeriods.isPeriodStart(d("2026-10-01"), QUARTERLY)).isTrue();
        assertThat(BillingPeriods.isPeriodStart(d("2026-11-01"), QUARTERLY)).isFalse();
        assertThat(BillingPeriods.isPeriodStart(d("2026-01-01"), YEARLY)).isTrue();
        assertThat(BillingPeriods.isPeriodStart(d("2026-07-01"), YEARLY)).isFalse();
        assertThat(BillingPeriods.isAnyPeriodStart(d("2026-12-01"))).isTrue();
        assertThat(BillingPeriods.isAnyPeriodStart(d("2026-12-15"))).isFalse();
    }

    @Test
    void periodsEndTheDayBeforeTheNextStarts() {
        assertThat(BillingPeriods.startingOn(d("2028-02-01"), MONTHLY)).isEqualTo(new Period(d("2028-02-01"), d("2028-02-29")));
        assertThat(BillingPeriods.startingOn(d("2026-10-01"), QUARTERLY)).isEqualTo(new Period(d("2026-10-01"), d("2026-12-31")));
        assertThat(BillingPeriods.startingOn(d("2026-01-01"), YEARLY).days()).isEqualTo(365);
        assertThat(BillingPeriods.containing(d("2026-08-17"), QUARTERLY)).isEqualTo(new Period(d("2026-07-01"), d("2026-09-30")));
        assertThat(BillingPeriods.containing(d("2026-11-30"), MONTHLY).start()).isEqualTo(d("2026-11-01"));
        assertThatThrownBy(() -> BillingPeriods.startingOn(d("2026-11-01"), QUARTERLY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prepaidPaysThePeriodStartingPostpaidThePeriodThatEnded() {
        LocalDate longAgo = d("2025-03-10");
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, true, longAgo))
                .contains(new Billing(new Period(d("2026-12-01"), d("2026-12-31")), d("2026-12-01")));
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, false, longAgo))
                .contains(new Billing(new Period(d("2026-11-01"), d("2026-11-30")), d("2026-11-01")));
        assertThat(BillingPeriods.dueOn(d("2027-01-01"), QUARTERLY, false, null))
                .contains(new Billing(new Period(d("2026-10-01"), d("2026-12-31")), d("2026-10-01")));
    }

    @Test
    void aCycleWithoutAPeriodStartingThatDayIsNotDue() {
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), QUARTERLY, true, null)).isEmpty();
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), YEARLY, false, null)).isEmpty();
    }

    @Test
    void aPrepaidSubscriptionActivatedOnOrAfterTheStartIsLeftToItsActivationInvoice() {
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, true, d("2026-12-01"))).isEmpty();
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, true, d("2026-12-05"))).isEmpty();
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, true, d("2026-11-30"))).isPresent();
    }

    @Test
    void aPostpaidSubscriptionActivatedDuringThePeriodPaysItsPartPeriod() {
        Billing billing = BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, false, d("2026-11-21")).orElseThrow();
        assertThat(billing.partial()).isTrue();
        assertThat(billing.billedDays()).isEqualTo(10);
        assertThat(BillingPeriods.prorata(Money.idr(300_000), billing)).isEqualTo(Money.idr(100_000));
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, false, d("2026-11-01")).orElseThrow().partial()).isFalse();
        assertThat(BillingPeriods.dueOn(d("2026-12-01"), MONTHLY, false, d("2026-12-01"))).isEmpty();
    }

    @Test
    void proRataRoundsHalfUpToWholeRupiah() {
        // 166,500 × 1 / 30 = 5,550 exactly; 100,001 × 15 / 30 = 50,000.5 → 50,001; 100,000 × 1 / 31 = 3,225.8 → 3,226
        Period november = new Period(d("2026-11-01"), d("2026-11-30"));
        assertThat(BillingPeriods.prorata(Money.idr(166_500), new Billing(november, d("2026-11-30")))).isEqualTo(Money.idr(5_550));
        assertThat(BillingPeriods.prorata(Money.idr(100_001), new Billing(november, d("2026-11-16")))).isEqualTo(Money.idr(50_001));
        Period december = new Period(d("2026-12-01"), d("2026-12-31"));
        assertThat(BillingPeriods.prorata(Money.idr(100_000), new Billing(december, d("2026-12-31")))).isEqualTo(Money.idr(3_226));
        assertThat(BillingPeriods.prorata(Money.idr(100_000), new Billing(december, d("2026-12-01")))).isEqualTo(Money.idr(100_000));
    }

    @Test
    void catchUpRunsEveryMissedPeriodStartButNeverThePastOfANewInstallation() {
        assertThat(BillingPeriods.startsToCatchUp(d("2026-09-01"), d("2026-12-01"), 12))
                .containsExactly(d("2026-10-01"), d("2026-11-01"), d("2026-12-01"));
        assertThat(BillingPeriods.startsToCatchUp(d("2026-11-01"), d("2026-11-20"), 12)).isEmpty();
        assertThat(BillingPeriods.startsToCatchUp(d("2026-11-01"), d("2026-12-03"), 12)).containsExactly(d("2026-12-01"));
        assertThat(BillingPeriods.startsToCatchUp(null, d("2026-12-01"), 12)).containsExactly(d("2026-12-01"));
        assertThat(BillingPeriods.startsToCatchUp(null, d("2026-12-02"), 12)).isEmpty();
        assertThat(BillingPeriods.startsToCatchUp(d("2020-01-01"), d("2026-12-01"), 2))
                .containsExactly(d("2026-11-01"), d("2026-12-01"));
    }
}
