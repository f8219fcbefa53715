package id.arus.subscription.internal;

import id.arus.catalog.PlanCatalog;
import id.arus.shared.SystemIdentity;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordPlan}: the subscription now refers to the new plan version; the router follows next. */
@Component("recordPlanDelegate")
class RecordPlanDelegate implements JavaDelegate {

    private final SubscriptionLifecycle lifecycle;
    private final PlanCatalog plans;

    RecordPlanDelegate(SubscriptionLifecycle lifecycle, PlanCatalog plans) {
        this.lifecycle = lifecycle;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PlanChangeVariables.PLAN_ID)).longValue();
        int version = ((Number) execution.getVariable(PlanChangeVariables.PLAN_VERSION)).intValue();
        SystemIdentity.run("subscription-plan-change", () ->
                lifecycle.recordPlan(execution.getProcessBusinessKey(), plans.version(planId, version)));
    }
}
