package id.arus.billing.internal;

import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunStatus;
import id.arus.billing.BillingRuns;
import id.arus.shared.SystemIdentity;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code BillingRunProcess}: runs the period in {@code periodStart} as {@code system:billing-run}. A run
 * that ends FAILED, or another run of the period still busy, fails the job, so the engine retries it and
 * finally raises an incident; the next attempt resumes where the failed run stopped.
 */
@Component("runBillingPeriodDelegate")
class RunBillingPeriodDelegate implements JavaDelegate {

    private final BillingRuns runs;

    RunBillingPeriodDelegate(BillingRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate periodStart = LocalDate.parse((String) execution.getVariable(FindDueBillingPeriodDelegate.PERIOD_START));
        BillingRun run = SystemIdentity.call("billing-run", () -> runs.runNow(periodStart, "SCHEDULED"));
        if (run.status() == BillingRunStatus.FAILED) {
            throw new IllegalStateException("Billing run " + run.id() + " for " + periodStart + " failed: " + run.error());
        }
        if (run.status() == BillingRunStatus.RUNNING) {
            throw new IllegalStateException("Billing run " + run.id() + " for " + periodStart + " is still running elsewhere");
        }
        Object billed = execution.getVariable(FindDueBillingPeriodDelegate.BILLED_PERIODS);
        execution.setVariable(FindDueBillingPeriodDelegate.BILLED_PERIODS, (billed instanceof Number n ? n.intValue() : 0) + 1);
    }
}
