package id.arus.support;

/**
 * OPEN until someone works on it; IN_PROGRESS; WAITING_CUSTOMER (a customer reply moves it back to work);
 * RESOLVED (staff think it is done; the customer may reopen); CLOSED.
 */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED;

    /** Still needs staff: counts for the queue, the badge and the due time. */
    public boolean active() {
        return this != RESOLVED && this != CLOSED;
    }
}
