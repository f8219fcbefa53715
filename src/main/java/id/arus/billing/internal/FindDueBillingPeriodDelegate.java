package id.arus.billing.internal;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code BillingRunProcess}: sets {@code periodStart} to the oldest period start not yet billed (after the
 * last DONE run, up to today), or null when every period is billed or this instance has made as many runs
 * as {@code arus.billing.run-catch-up-limit} allows.
 */
@Component("findDueBillingPeriodDelegate")
class FindDueBillingPeriodDelegate implements JavaDelegate {

    static final String PERIOD_START = "periodStart";
    static final String BILLED_PERIODS = "billedPeriods";

    private final BillingRunService runs;
    private final BillingRunSettings settings;

    FindDueBillingPeriodDelegate(BillingRunService runs, BillingRunSettings settings) {
        this.runs = runs;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object billed = execution.getVariable(BILLED_PERIODS);
        int made = billed instanceof Number n ? n.intValue() : 0;
        List<LocalDate> due = made >= settings.catchUpLimit() ? List.of() : runs.periodsToCatchUp();
        execution.setVariable(PERIOD_START, due.isEmpty() ? null : due.get(0).toString());
        execution.setVariable(BILLED_PERIODS, made);
    }
}
