package id.arus.subscription.internal;

/** The process and variables of {@code processes/subscription/termination.bpmn}. */
public final class TerminationVariables {

    public static final String PROCESS_KEY = "TerminationProcess";
    /** Why the subscription ends (string). */
    public static final String REASON = "reason";

    private TerminationVariables() {
    }
}
