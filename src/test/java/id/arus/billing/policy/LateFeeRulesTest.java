package id.arus.billing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of {@code rules/billing/late-fees.drl}: a case that fires it and one that does not. */
class LateFeeRulesTest {

    private static BillingRuleFiles rules;

    @BeforeAll
    static void compile() {
        rules = BillingRuleFiles.compile("rules/billing/late-fees.drl");
    }

    private record Fee(BillingRuleFiles.Outcome outcome) {
        LateFeeDecision decision() {
            List<LateFeeDecision> decisions = outcome.all(LateFeeDecision.class);
            assertThat(decisions).as("at most one fee per invoice").hasSizeLessThanOrEqualTo(1);
            return decisions.isEmpty() ? null : decisions.get(0);
        }

        boolean fired(String code) {
            return outcome.fired(code);
        }
    }

    private static Fee decide(String category, String plan, int daysOverdue, long balance, long total,
                              boolean customerWaived, boolean invoiceWaived) {
        return new Fee(rules.evaluate(List.of(new LateFeeFacts("INV-2026-11-000045", category, plan, daysOverdue, balance,
                total, customerWaived, invoiceWaived))));
    }

    private static Fee overdue(String category, String plan, int days, long total) {
        return decide(category, plan, days, total, total, false, false);
    }

    @Test
    void theFileCompilesWithEveryRule() {
        assertThat(rules.ruleCount()).isEqualTo(10);
    }

    @Test
    void noFeeWithinTheGraceDays() {
        Fee fee = overdue("residential", "HOME-20M", 3, 200_000);
        assertThat(fee.fired("BILL-001")).isTrue();
        assertThat(fee.fired("BILL-011")).isFalse();
        assertThat(fee.decision()).isNull();
    }

    @Test
    void graceEndsAfterThreeDays() {
        Fee fee = overdue("residential", "HOME-20M", 4, 200_000);
        assertThat(fee.fired("BILL-001")).isFalse();
        assertThat(fee.decision()).isNotNull();
    }

    @Test
    void corporateCustomersPayNoLateFee() {
        Fee fee = overdue("corporate", "CORP-100M", 30, 5_000_000);
        assertThat(fee.fired("BILL-002")).isTrue();
        assertThat(fee.decision()).isNull();
        assertThat(overdue("business", "BIZ-50M", 30, 1_000_000).fired("BILL-002")).isFalse();
    }

    @Test
    void anInvoiceWaivedByFinancePaysNoLateFee() {
        Fee fee = decide("residential", "HOME-20M", 10, 200_000, 200_000, false, true);
        assertThat(fee.fired("BILL-003")).isTrue();
        assertThat(fee.decision()).isNull();
        assertThat(overdue("residential", "HOME-20M", 10, 200_000).fired("BILL-003")).isFalse();
    }

    @Test
    void aCustomerWithAWaiverPaysNoLateFee() {
        Fee fee = decide("business", "BIZ-50M", 10, 900_000, 900_000, true, false);
        assertThat(fee.fired("BILL-004")).isTrue();
        assertThat(fee.fired("BILL-012")).isFalse();
        assertThat(fee.decision()).isNull();
        assertThat(overdue("business", "BIZ-50M", 10, 900_000).fired("BILL-004")).isFalse();
    }

    @Test
    void aPaidUpInvoicePaysNoLateFee() {
        Fee fee = decide("residential", "HOME-20M", 10, 0, 200_000, false, false);
        assertThat(fee.fired("BILL-005")).isTrue();
        assertThat(fee.decision()).isNull();
        assertThat(decide("residential", "HOME-20M", 10, 1, 200_000, false, false).fired("BILL-005")).isFalse();
    }

    @Test
    void dedicatedPlansHaveTheirOwnFeeWhichBeatsTheCategoryFee() {
        Fee fee = overdue("residential", "DED-100M", 5, 2_000_000);
        assertThat(fee.fired("BILL-010")).isTrue();
        assertThat(fee.fired("BILL-011")).isFalse();
        assertThat(fee.decision().getRuleCode()).isEqualTo("BILL-010");
        assertThat(fee.decision().fee().rupiah()).isEqualTo(50_000);
        assertThat(overdue("residential", "HOME-DED", 5, 200_000).fired("BILL-010")).isFalse();
    }

    @Test
    void residentialCustomersPayAFlatFee() {
        Fee fee = overdue("residential", "HOME-20M", 5, 200_000);
        assertThat(fee.fired("BILL-011")).isTrue();
        assertThat(fee.decision().getRuleCode()).isEqualTo("BILL-011");
        assertThat(fee.decision().getReason()).isEqualTo("Residential customers: flat Rp 10.000");
        assertThat(fee.decision().getAmount()).isEqualTo(10_000);
        assertThat(overdue("business", "BIZ-50M", 5, 200_000).fired("BILL-011")).isFalse();
    }

    @Test
    void businessCustomersPayAPercentageWithAMinimum() {
        assertThat(overdue("business", "BIZ-50M", 5, 1_000_000).decision().getAmount()).isEqualTo(50_000);
        Fee small = overdue("business", "BIZ-10M", 5, 300_000);
        assertThat(small.fired("BILL-012")).isTrue();
        assertThat(small.decision().getAmount()).as("5% is 15.000, below the minimum").isEqualTo(25_000);
        assertThat(overdue("residential", "HOME-20M", 5, 1_000_000).fired("BILL-012")).isFalse();
    }

    @Test
    void operatorCategoriesPayTheDefaultFee() {
        Fee fee = overdue("school", "EDU-30M", 5, 400_000);
        assertThat(fee.fired("BILL-013")).isTrue();
        assertThat(fee.decision().getAmount()).isEqualTo(15_000);
        assertThat(overdue("residential", "HOME-20M", 5, 400_000).fired("BILL-013")).isFalse();
        assertThat(overdue("corporate", "CORP-1G", 5, 400_000).fired("BILL-013")).isFalse();
    }

    @Test
    void aLargeFeeIsCapped() {
        Fee fee = overdue("business", "BIZ-1G", 10, 3_000_000);
        assertThat(fee.fired("BILL-012")).isTrue();
        assertThat(fee.fired("BILL-020")).isTrue();
        assertThat(fee.decision().getRuleCode()).as("the fee rule still charges, so it charges once").isEqualTo("BILL-012");
        assertThat(fee.decision().getAmount()).isEqualTo(100_000);
        assertThat(fee.decision().getReason()).contains("BILL-020");
        Fee atCap = overdue("business", "BIZ-1G", 10, 2_000_000);
        assertThat(atCap.decision().getAmount()).isEqualTo(100_000);
        assertThat(atCap.fired("BILL-020")).isFalse();
    }

    @Test
    void aWaiverBlocksEvenThePlanFee() {
        Fee fee = decide("business", "DED-1G", 20, 5_000_000, 5_000_000, true, true);
        assertThat(fee.fired("BILL-003")).isTrue();
        assertThat(fee.fired("BILL-004")).isTrue();
        assertThat(fee.fired("BILL-010")).isFalse();
        assertThat(fee.fired("BILL-020")).isFalse();
        assertThat(fee.decision()).isNull();
        assertThat(fee.outcome().all(LateFeeBlock.class)).extracting(LateFeeBlock::getRuleCode)
                .containsExactlyInAnyOrder("BILL-003", "BILL-004");
    }
}
