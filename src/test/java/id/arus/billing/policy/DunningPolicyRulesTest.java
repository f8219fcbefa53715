package id.arus.billing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of {@code rules/billing/dunning-policy.drl}: a case that fires it and one that does not. */
class DunningPolicyRulesTest {

    private static BillingRuleFiles rules;

    @BeforeAll
    static void compile() {
        rules = BillingRuleFiles.compile("rules/billing/dunning-policy.drl");
    }

    private static BillingRuleFiles.Outcome decide(String category, int daysFromDue, Set<String> doneRules,
                                                   Set<DunningStep> doneSteps) {
        return rules.evaluate(List.of(new DunningFacts("INV-2026-11-000045", category, daysFromDue, doneRules, doneSteps)));
    }

    private static BillingRuleFiles.Outcome fresh(String category, int daysFromDue) {
        return decide(category, daysFromDue, Set.of(), Set.of());
    }

    private static List<String> codes(BillingRuleFiles.Outcome outcome) {
        return outcome.all(DunningAction.class).stream().map(DunningAction::ruleCode).sorted().toList();
    }

    @Test
    void theFileCompilesWithEveryRule() {
        assertThat(rules.ruleCount()).isEqualTo(8);
    }

    @Test
    void remindsThreeDaysBeforeTheDueDate() {
        BillingRuleFiles.Outcome outcome = fresh("residential", -3);
        assertThat(outcome.all(DunningAction.class)).containsExactly(
                new DunningAction("BILL-101", "Remind 3 days before the due date", DunningStep.REMIND));
        assertThat(fresh("residential", -4).fired("BILL-101")).isFalse();
        assertThat(decide("residential", -2, Set.of("BILL-101"), Set.of(DunningStep.REMIND)).fired("BILL-101")).isFalse();
    }

    @Test
    void remindsOnTheDueDay() {
        assertThat(codes(fresh("business", 0))).containsExactly("BILL-102");
        assertThat(fresh("business", -1).fired("BILL-102")).isFalse();
        assertThat(decide("business", 1, Set.of("BILL-101", "BILL-102"), Set.of(DunningStep.REMIND)).fired("BILL-102")).isFalse();
    }

    @Test
    void remindsThreeDaysAfterTheDueDate() {
        assertThat(codes(decide("residential", 3, Set.of("BILL-101", "BILL-102"), Set.of(DunningStep.REMIND))))
                .containsExactly("BILL-103");
        assertThat(fresh("residential", 2).fired("BILL-103")).isFalse();
        assertThat(decide("residential", 4, Set.of("BILL-103"), Set.of(DunningStep.REMIND)).fired("BILL-103")).isFalse();
    }

    @Test
    void chargesTheLateFeeFourDaysAfterTheDueDate() {
        BillingRuleFiles.Outcome outcome = decide("residential", 4, Set.of("BILL-103"), Set.of(DunningStep.REMIND));
        assertThat(outcome.all(DunningAction.class)).extracting(DunningAction::action).containsExactly(DunningStep.APPLY_LATE_FEE);
        assertThat(fresh("residential", 3).fired("BILL-104")).isFalse();
        assertThat(decide("residential", 5, Set.of("BILL-104"), Set.of(DunningStep.APPLY_LATE_FEE)).fired("BILL-104")).isFalse();
    }

    @Test
    void suspendsResidentialAndOtherCategoriesAfterSevenDays() {
        assertThat(fresh("residential", 7).fired("BILL-105")).isTrue();
        assertThat(fresh("school", 7).fired("BILL-105")).isTrue();
        assertThat(fresh("residential", 6).fired("BILL-105")).isFalse();
        assertThat(fresh("business", 7).fired("BILL-105")).isFalse();
        assertThat(decide("residential", 8, Set.of("BILL-105"), Set.of(DunningStep.SUSPEND)).fired("BILL-105")).isFalse();
    }

    @Test
    void suspendsBusinessAfterFourteenDays() {
        assertThat(fresh("business", 14).fired("BILL-106")).isTrue();
        assertThat(fresh("business", 13).fired("BILL-106")).isFalse();
        assertThat(fresh("residential", 14).fired("BILL-106")).isFalse();
    }

    @Test
    void suspendsCorporateAfterThirtyDays() {
        assertThat(fresh("corporate", 30).fired("BILL-107")).isTrue();
        assertThat(fresh("corporate", 29).fired("BILL-107")).isFalse();
        assertThat(fresh("corporate", 14).fired("BILL-106")).isFalse();
    }

    @Test
    void terminatesAfterSixtyDaysExceptCorporate() {
        Set<String> before = Set.of("BILL-101", "BILL-102", "BILL-103", "BILL-104", "BILL-105");
        Set<DunningStep> steps = Set.of(DunningStep.REMIND, DunningStep.APPLY_LATE_FEE, DunningStep.SUSPEND);
        assertThat(codes(decide("residential", 60, before, steps))).containsExactly("BILL-108");
        assertThat(decide("residential", 59, before, steps).fired("BILL-108")).isFalse();
        assertThat(decide("corporate", 365, Set.of("BILL-103", "BILL-104", "BILL-107"), steps).fired("BILL-108")).isFalse();
    }

    @Test
    void aLateStartDoesEverythingThatIsDueAtOnce() {
        assertThat(codes(fresh("residential", 10))).containsExactly("BILL-103", "BILL-104", "BILL-105");
    }

    @Test
    void oneSuspensionIsEnoughWhateverTheCategory() {
        // the customer moved from residential to business after the residential rule suspended
        assertThat(decide("business", 14, Set.of("BILL-105"), Set.of(DunningStep.SUSPEND)).fired("BILL-106")).isFalse();
    }
}
