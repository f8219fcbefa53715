package id.arus.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Burst;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void acceptsAPlanAndNormalisesCodeNameAndEmptyBurst() {
        PlanForm valid = PlanRules.validate(form(" home-20m ", "  Rumah 20  ", 20_000, 10_000,
                new Burst(null, null, null, null, null, null, null), Money.idr(0)));
        assertThat(valid.code()).isEqualTo("HOME-20M");
        assertThat(valid.name()).isEqualTo("Rumah 20");
        assertThat(valid.burst()).isNull();
    }

    @Test
    void acceptsAConsistentBurst() {
        Burst burst = new Burst(8_000L, 4_000L, 40_000L, 20_000L, 16_000L, 8_000L, 8);
        assertThat(PlanRules.validate(form("HOME-20M", "Rumah", 20_000, 10_000, burst, Money.idr(1))).burst()).isEqualTo(burst);
    }

    @Test
    void namesEveryBrokenFieldAtOnce() {
        assertThat(errors(form("x", "", 0, -1, null, Money.idr(-5))))
                .containsEntry("code", List.of("catalog.error.code.pattern"))
                .containsEntry("name", List.of("catalog.error.name.required"))
                .containsEntry("downloadKbps", List.of("catalog.error.speed.positive"))
                .containsEntry("uploadKbps", List.of("catalog.error.speed.positive"))
                .containsEntry("price", List.of("catalog.error.price.negative"));
    }

    @Test
    void refusesCodesOutsideThePattern() {
        for (String code : List.of("A", "HOME_20M", "HOME 20M", "A".repeat(33), "RUMAH-Ä")) {
            assertThat(errors(form(code, "n", 1, 1, null, Money.ZERO))).as(code).containsKey("code");
        }
        assertThat(PlanRules.validate(form("A".repeat(32), "n", 1, 1, null, Money.ZERO)).code()).hasSize(32);
    }

    @Test
    void refusesBurstNotAboveTheRateAndThresholdOutsideLimitAtAndRate() {
        Burst burst = new Burst(8_000L, 4_000L, 20_000L, 30_000L, 5_000L, 10_000L, 8);
        assertThat(errors(form("P1", "n", 20_000, 10_000, burst, Money.ZERO)))
                .containsEntry("burst.burstDownKbps", List.of("catalog.error.burst.notAboveRate"))
                .containsEntry("burst.thresholdDownKbps", List.of("catalog.error.burst.threshold"))
                .containsEntry("burst.thresholdUpKbps", List.of("catalog.error.burst.threshold"))
                .doesNotContainKey("burst.burstUpKbps");
    }

    @Test
    void refusesIncompleteBurstAndTimeOutOfRange() {
        assertThat(errors(form("P1", "n", 20_000, 10_000, new Burst(null, null, 40_000L, null, null, 8_000L, 0), Money.ZERO)))
                .containsEntry("burst.burstUpKbps", List.of("catalog.error.burst.required"))
                .containsEntry("burst.thresholdDownKbps", List.of("catalog.error.burst.required"))
                .containsEntry("burst.burstTimeSeconds", List.of("catalog.error.burst.time"));
        assertThat(errors(form("P1", "n", 20_000, 10_000, new Burst(null, null, 40_000L, 20_000L, 10_000L, 5_000L, 3601), Money.ZERO)))
                .containsOnlyKeys("burst.burstTimeSeconds");
    }

    @Test
    void refusesLimitAtAboveTheRateOrWithoutItsPair() {
        assertThat(errors(form("P1", "n", 20_000, 10_000, new Burst(30_000L, 5_000L, null, null, null, null, null), Money.ZERO)))
                .containsOnly(Map.entry("burst.limitAtDownKbps", List.of("catalog.error.limitAt.aboveRate")));
        assertThat(errors(form("P1", "n", 20_000, 10_000, new Burst(5_000L, null, null, null, null, null, null), Money.ZERO)))
                .containsOnly(Map.entry("burst.limitAtUpKbps", List.of("catalog.error.limitAt.pair")));
    }

    @Test
    void refusesMissingChoicesAndNegativeInstallationFee() {
        PlanForm form = new PlanForm("P1", "n", null, 1, 1, null, null, true, null, false, Money.idr(-1), false);
        assertThat(errors(form)).containsOnlyKeys("type", "cycle", "price", "installationFee");
    }

    private static Map<String, List<String>> errors(PlanForm form) {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> PlanRules.validate(form));
        assertThat(e).as("validation should fail").isNotNull();
        return e.fieldErrors();
    }

    private static PlanForm form(String code, String name, long down, long up, Burst burst, Money price) {
        return new PlanForm(code, name, PlanType.PPPOE, down, up, burst, price, true, BillingCycle.MONTHLY, false, Money.ZERO, false);
    }
}
