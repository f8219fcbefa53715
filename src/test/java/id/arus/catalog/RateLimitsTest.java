package id.arus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.network.internal.DesiredRules;
import id.arus.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form of the rate limit a plan renders, each checked against the validator DesiredState applies to
 * PPP and hotspot profiles, so a plan can never produce a profile the network module refuses.
 */
class RateLimitsTest {

    @ParameterizedTest
    @CsvSource({"20000, 20M", "512, 512k", "1500, 1500k", "1000, 1M", "100000, 100M", "1, 1k", "2500000, 2500M"})
    void writesSpeedsWithTheShortestExactSuffix(long kbps, String expected) {
        assertThat(RateLimits.speed(kbps)).isEqualTo(expected);
    }

    @Test
    void plainPlanIsUploadOverDownload() {
        assertRendersValid(plan(20_000, 5_000, null), "5M/20M");
    }

    @Test
    void burstAddsBurstRateThresholdTimeAndPriority() {
        Burst burst = new Burst(null, null, 40_000L, 10_000L, 16_000L, 4_000L, 8);
        assertRendersValid(plan(20_000, 5_000, burst), "5M/20M 10M/40M 4M/16M 8/8 8");
    }

    @Test
    void burstWithLimitAtPutsTheGuaranteedRateLast() {
        Burst burst = new Burst(8_000L, 2_000L, 40_000L, 10_000L, 16_000L, 4_000L, 8);
        assertRendersValid(plan(20_000, 5_000, burst), "5M/20M 10M/40M 4M/16M 8/8 8 2M/8M");
    }

    @Test
    void limitAtWithoutBurstFillsTheBurstPositionsWithZero() {
        Burst burst = new Burst(25_000L, 25_000L, null, null, null, null, null);
        assertRendersValid(plan(50_000, 50_000, burst), "50M/50M 0/0 0/0 0/0 8 25M/25M");
    }

    @Test
    void burstWithoutThresholdWritesTheRateAsThreshold() {
        Burst burst = new Burst(null, null, 3_000L, 1_024L, null, null, 16);
        assertRendersValid(plan(1_500, 512, burst), "512k/1500k 1024k/3M 512k/1500k 16/16 8");
    }

    @Test
    void anEmptyBurstRendersAsNone() {
        assertRendersValid(plan(10_000, 10_000, new Burst(null, null, null, null, null, null, null)), "10M/10M");
    }

    @Test
    void planRateLimitAndProfileNameFollowTheVersion() {
        Plan plan = plan(20_000, 10_000, null);
        assertThat(plan.rateLimit()).isEqualTo("10M/20M");
        assertThat(plan.profileName()).isEqualTo("arus-HOME-20M-v3");
    }

    private static void assertRendersValid(Plan plan, String expected) {
        String rendered = plan.rateLimit();
        assertThat(rendered).isEqualTo(expected);
        assertThat(DesiredRules.rateLimit("plan " + plan.code(), rendered)).isEqualTo(expected);
    }

    private static Plan plan(long downKbps, long upKbps, Burst burst) {
        return new Plan(1, "HOME-20M", "Home", PlanType.PPPOE, downKbps, upKbps, burst, Money.idr(100_000), true,
                BillingCycle.MONTHLY, false, Money.ZERO, PlanStatus.ACTIVE, false, 3, Instant.EPOCH);
    }
}
