package id.arus.subscription.internal;

/** The process and variables of {@code processes/subscription/service-activation.bpmn}. */
public final class ServiceActivationVariables {

    public static final String PROCESS_KEY = "ServiceActivationProcess";

    /** The NAS the subscription was placed on (long), passed back to onboarding. */
    public static final String NAS_ID = "nasId";
    /** Why placement could not choose a NAS (string, the NOC reads it), or null when it did. */
    public static final String PLACEMENT_PROBLEM = "placementProblem";
    /** The NAS the NOC chose (long). */
    public static final String CHOSEN_NAS_ID = "chosenNasId";

    private ServiceActivationVariables() {
    }
}
