package id.arus.billing.internal.dunning;

import java.util.HashMap;
import java.util.Map;

/** Names shared by {@code processes/billing/dunning.bpmn}, its delegates, starter and listeners. */
public final class DunningVariables {

    public static final String PROCESS_KEY = "DunningProcess";
    public static final String MSG_INVOICE_PAID = "Msg_InvoicePaid";
    public static final String MSG_INVOICE_VOIDED = "Msg_InvoiceVoided";

    /** false once the invoice is paid or void: the loop ends. */
    static final String OWED = "owed";
    /** Codes of the rules that decided today's steps, null when the step is not due today. */
    static final String REMIND_RULE = "remindRule";
    static final String LATE_FEE_RULE = "lateFeeRule";
    static final String SUSPEND_RULE = "suspendRule";
    static final String TERMINATE_RULE = "terminateRule";
    /** Comma-separated codes of the policy rules that acted, and the steps they took (strings: no Java serialisation). */
    static final String DONE_RULES = "doneRules";
    static final String DONE_STEPS = "doneSteps";
    /** When the policy is asked again (a java.util.Date, the timer's timeDate). */
    static final String NEXT_DECISION_AT = "nextDecisionAt";

    private DunningVariables() {
    }

    /** The variables a new instance starts with. */
    static Map<String, Object> initial() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(OWED, true);
        variables.put(DONE_RULES, "");
        variables.put(DONE_STEPS, "");
        variables.put(REMIND_RULE, null);
        variables.put(LATE_FEE_RULE, null);
        variables.put(SUSPEND_RULE, null);
        variables.put(TERMINATE_RULE, null);
        return variables;
    }
}
