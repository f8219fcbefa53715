package id.arus.subscription.internal;

import id.arus.catalog.PlanType;
import id.arus.network.IpPools;
import id.arus.subscription.Subscription;
import org.springframework.stereotype.Component;

/**
 * Static addresses from the NAS's pools, owned by the subscription number: every static-IP subscriber gets
 * one, and a PPPoE subscriber too when its NAS has pools, so the isolation address list can name it.
 * Assigning twice returns the same address and releasing twice changes nothing ({@link IpPools}).
 */
@Component
class SubscriberAddresses {

    private final IpPools pools;

    SubscriberAddresses(IpPools pools) {
        this.pools = pools;
    }

    /** The address the subscription should have on the NAS, given now if needed, or null when it needs none. */
    String assign(Subscription s, long nasId) {
        boolean needs = s.type() == PlanType.STATIC_IP || (s.type() == PlanType.PPPOE && !pools.pools(nasId).isEmpty());
        return needs ? pools.assign(nasId, s.number(), null).address() : null;
    }

    void release(Subscription s, long nasId) {
        pools.release(nasId, s.number());
    }
}
