package id.arus.network.internal;

/** The process and variables of {@code processes/network/router-outage.bpmn}. */
public final class RouterOutageVariables {

    public static final String PROCESS_KEY = "RouterOutageProcess";
    /** The message that tells a running outage the router answers again. */
    public static final String MSG_ROUTER_BACK = "Msg_RouterBack";

    /** The NAS id (long). */
    public static final String NAS_ID = "nasId";
    /** The NAS's name when it went down, for the task and the mails. */
    public static final String NAS_NAME = "nasName";
    /** When Arus saw it go down (date). */
    public static final String DOWN_SINCE = "downSince";
    /** The same moment as staff read it (operator's zone), for the task's name. */
    public static final String DOWN_SINCE_TEXT = "downSinceText";
    /** Why: the router's message or why it could not be reached (string, may be empty). */
    public static final String DETAIL = "detail";
    /** The status it went to (ONLINE excluded): UNREACHABLE, LOGIN_REFUSED or ERROR. */
    public static final String STATUS = "status";
    /** Set true by the process when the "down" mail went out; the "back" mail is sent only then. */
    public static final String DOWN_MAIL_SENT = "downMailSent";
    /** When the router answered again (date), set with the message. */
    public static final String BACK_AT = "backAt";

    private RouterOutageVariables() {
    }

    /** The business key of the outage process of a NAS. */
    public static String businessKey(long nasId) {
        return "NAS-" + nasId;
    }
}
