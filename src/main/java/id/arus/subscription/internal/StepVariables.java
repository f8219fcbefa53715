package id.arus.subscription.internal;

/**
 * Local input variables of the shared steps, set per task in the BPMN ({@code camunda:inputParameter}),
 * so one delegate serves the same step in several processes.
 */
public final class StepVariables {

    /** {@code provisionSubscriberDelegate}: drop the live session so the change bites now (boolean). */
    public static final String DROP_SESSION = "dropSession";
    /** {@code recordStatusDelegate}: the {@link id.arus.subscription.SubscriptionStatus} name to record. */
    public static final String STATUS = "status";
    /** {@code notifyCustomerDelegate}: which message, e.g. {@code welcome} (see {@link CustomerMessages}). */
    public static final String MESSAGE = "message";
    /** {@code removeFromRouterDelegate}: the NAS to clear (long); the subscription's own NAS when absent. */
    public static final String NAS_ID = "nasId";

    private StepVariables() {
    }
}
