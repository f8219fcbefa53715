package id.arus.network;

/**
 * Applies one subscriber's desired state to their router now, instead of waiting for the next full
 * reconcile: the plan profile if missing, the PPP secret or hotspot user, their queue and address-list
 * entries; then drops the live session when the change needs a reconnect. Idempotent (applying twice
 * changes nothing the second time) and safe against a concurrent full reconcile. Goes through the
 * {@code routes/mikrotik/} routes. For the subscription process (system identity), ADMIN and NOC.
 *
 * @throws RouterCommandException when the router is unreachable or refuses (the caller's process retries)
 */
public interface SubscriberProvisioning {

    /**
     * Makes the router match desired state for this subscriber name (which may no longer be desired: then
     * it is removed from the router) and drops their session when {@code dropSession}.
     */
    SubscriberOnRouter apply(long nasId, String name, boolean dropSession);

    /** Reads what the router holds for the subscriber, to confirm a step took effect. */
    SubscriberOnRouter read(long nasId, String name);

    /** The subscriber's session as the router sees it now. */
    LiveSession liveSession(long nasId, String name);
}
