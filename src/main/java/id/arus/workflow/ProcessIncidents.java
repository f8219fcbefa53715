package id.arus.workflow;

import java.util.List;

/**
 * Steps of processes that kept failing (ARCHITECTURE §3: "a step that keeps failing becomes an incident that
 * staff can see and retry from the app"). Camunda raises an incident when an asynchronous step has used up
 * its retry cycle; ADMIN, NOC and CS see them and retry them here.
 */
public interface ProcessIncidents {

    /** Open incidents, newest first. */
    List<ProcessIncident> open();

    long count();

    /**
     * Gives the failed step one more attempt: its job's retries go back to 1, which resolves the incident, and
     * the job executor runs it at its next acquisition. Audited. If the attempt fails again, a new incident is
     * raised.
     *
     * @throws java.util.NoSuchElementException when no such incident is open (already retried or resolved)
     */
    void retry(String incidentId);
}
