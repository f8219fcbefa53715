package id.arus.subscription.internal;

/** The process and variables of {@code processes/subscription/onboarding.bpmn}. */
public final class OnboardingVariables {

    public static final String PROCESS_KEY = "OnboardingProcess";

    /** The subscription number (string), also the business key; named in the tasks. */
    public static final String SUBSCRIPTION_NUMBER = "subscriptionNumber";
    /** The customer's code (string), shown read-only on both forms. */
    public static final String CUSTOMER_CODE = "customerCode";
    /** CS's verdict on the documents (boolean). */
    public static final String DOCUMENTS_APPROVED = "documentsApproved";
    /** Why CS rejected them (string; required when not approved). */
    public static final String DOCUMENTS_REASON = "documentsReason";
    /** The technician's verdict: the site can be served and the CPE is installed (boolean). */
    public static final String FEASIBLE = "feasible";
    /** Why the site cannot be served (string; required when not feasible). */
    public static final String FEASIBILITY_REASON = "feasibilityReason";
    /** The day of installation (date). */
    public static final String INSTALLATION_DATE = "installationDate";
    public static final String CPE_SERIAL = "cpeSerial";
    public static final String CPE_MODEL = "cpeModel";
    /** Degrees as typed by the technician (strings, validated on completion). */
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    /** The distribution point's code (string, optional; must exist when given). */
    public static final String ODP_CODE = "odpCode";
    /** The reason a reject step records, mapped from the form that rejected (local input variable). */
    public static final String REJECTION_REASON = "rejectionReason";

    private OnboardingVariables() {
    }
}
