package id.arus.subscription.internal;

/** The process, messages and variables of {@code processes/subscription/suspension.bpmn}. */
public final class SuspensionVariables {

    public static final String PROCESS_KEY = "SuspensionProcess";
    /** Ends the isolation: the plan profile comes back. */
    public static final String MSG_UNSUSPEND = "Msg_Unsuspend";
    /** The subscription is being terminated while isolated: the instance ends. */
    public static final String MSG_TERMINATE = "Msg_Terminate";

    /** A {@link id.arus.subscription.SuspensionReason} name (string). */
    public static final String REASON = "reason";
    /** Staff's note (string, may be empty). */
    public static final String NOTE = "note";
    /** Staff's note on unsuspension (string, may be empty), set with {@link #MSG_UNSUSPEND}. */
    public static final String UNSUSPEND_NOTE = "unsuspendNote";
    /** Local input of the isolate step: true to isolate, false to restore (boolean). */
    public static final String ISOLATED = "isolated";

    private SuspensionVariables() {
    }
}
