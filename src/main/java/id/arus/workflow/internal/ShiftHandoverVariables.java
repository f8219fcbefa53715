package id.arus.workflow.internal;

/** The variables of {@code processes/operations/shift-handover.bpmn}. */
final class ShiftHandoverVariables {

    static final String PROCESS_KEY = "ShiftHandoverProcess";
    /** Free text the ending shift writes (form field, required). */
    static final String SUMMARY = "summary";
    /** Incidents still open at handover (form field, whole number, at least 0). */
    static final String OPEN_INCIDENTS = "openIncidents";
    /** The next shift checked the open incidents (form field of the review task). */
    static final String INCIDENTS_ACKNOWLEDGED = "incidentsAcknowledged";

    private ShiftHandoverVariables() {
    }
}
