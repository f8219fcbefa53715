package id.arus.subscription;

import id.arus.network.LiveSession;
import id.arus.shared.GeoPoint;
import java.util.List;

/**
 * Subscriptions. Every write starts or correlates the subscription's process (business key = number) and
 * never changes a router directly. Staff roles read; CS and ADMIN register; CS, ADMIN, FINANCE and NOC
 * suspend and unsuspend; ADMIN and CS terminate and change plans; ADMIN and NOC move. A CUSTOMER reaches
 * only their own subscriptions ({@link #mine()}, {@link #registerMine}, {@link #liveState} of their own).
 */
public interface SubscriptionManagement {

    /** Starts onboarding. */
    Subscription register(Registration registration);

    /** A signed-in customer asks for a new service from the portal; starts onboarding. */
    Subscription registerMine(long planId, String site, String installationAddress, GeoPoint location);

    /** @throws java.util.NoSuchElementException when unknown or not the caller's */
    Subscription get(String number);

    List<Subscription> ofCustomer(String customerCode);

    List<Subscription> mine();

    /** A page for screens and the API, newest first. */
    List<Subscription> list(SubscriptionStatus status, Long nasId, int offset, int limit);

    /**
     * Up to {@code limit} (at most 1000) subscriptions with an id above {@code afterId}, in id order, for readers
     * that walk all of them (billing runs, the topology): each page costs the same however far the walk is,
     * where an offset page gets slower the further it goes. Pass the last id of a page to get the next.
     */
    List<Subscription> listAfter(SubscriptionStatus status, long afterId, int limit);

    void suspend(String number, SuspensionReason reason, String note);

    void unsuspend(String number, String note);

    void terminate(String number, String reason);

    void changePlan(String number, long planId);

    void moveTo(String number, long nasId);

    /** What the router says about the subscriber now (online, address, uptime, traffic). */
    LiveSession liveState(String number);

    List<SubscriptionChange> history(String number);
}
