package id.arus.subscription.internal;

/** The process and variables of {@code processes/subscription/plan-change.bpmn}. */
public final class PlanChangeVariables {

    public static final String PROCESS_KEY = "PlanChangeProcess";
    /** The plan (long) and its version (integer) the subscription moves to. */
    public static final String PLAN_ID = "planId";
    public static final String PLAN_VERSION = "planVersion";

    private PlanChangeVariables() {
    }
}
