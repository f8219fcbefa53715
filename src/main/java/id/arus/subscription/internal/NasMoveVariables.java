package id.arus.subscription.internal;

/** The process and variables of {@code processes/subscription/nas-move.bpmn}. */
public final class NasMoveVariables {

    public static final String PROCESS_KEY = "NasMoveProcess";
    /** Where the subscription was (long) and where it goes (long). */
    public static final String SOURCE_NAS_ID = "sourceNasId";
    public static final String TARGET_NAS_ID = "targetNasId";

    private NasMoveVariables() {
    }
}
