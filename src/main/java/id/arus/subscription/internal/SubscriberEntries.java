package id.arus.subscription.internal;

import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanType;
import id.arus.network.AddressListEntry;
import id.arus.network.DesiredState;
import id.arus.network.HotspotProfile;
import id.arus.network.HotspotUser;
import id.arus.network.PppProfile;
import id.arus.network.PppUser;
import id.arus.network.SimpleQueue;
import id.arus.network.SubscriberOnRouter;
import id.arus.network.SubscriberProvisioning;
import id.arus.platform.SecretCipher;
import id.arus.subscription.Subscription;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What a router should hold for one subscription, written into the network's {@link DesiredState} from the
 * subscription row alone, so every process step that changes the row (plan, isolation, NAS, address) ends
 * the same way: write the entries again, then let {@link SubscriberProvisioning} apply them. Writing again
 * what is already desired changes nothing on the router, so a retried step is harmless.
 *
 * <p>The subscriber's name on the router is the login (PPPoE secret or hotspot user); a static-IP
 * subscriber has no login and is named by the subscription number (its queue and address-list entries).
 */
@Component
class SubscriberEntries {

    /** The isolation profile on every NAS that has subscribers; the firewall sends list {@code isolir} to a pay page. */
    static final String ISOLATION_PROFILE = "arus-isolir";
    static final String ISOLATION_LIST = "isolir";

    private final DesiredState desired;
    private final SubscriberProvisioning provisioning;
    private final PlanCatalog plans;
    private final SecretCipher cipher;
    private final SubscriptionSettings settings;

    SubscriberEntries(DesiredState desired, SubscriberProvisioning provisioning, PlanCatalog plans, SecretCipher cipher,
                      SubscriptionSettings settings) {
        this.desired = desired;
        this.provisioning = provisioning;
        this.plans = plans;
        this.cipher = cipher;
        this.settings = settings;
    }

    /** The subscriber's name on its router. */
    static String routerName(Subscription s) {
        return s.login() != null ? s.login() : s.number();
    }

    /**
     * Writes what the router should hold for the subscription on its NAS.
     *
     * @return the profile the router should give the subscriber now
     */
    String desire(Subscription s, String encryptedPassword, boolean isolated) {
        long nasId = requireNas(s);
        Plan plan = plans.version(s.planId(), s.planVersion());
        String name = routerName(s);
        String profile = isolated ? ISOLATION_PROFILE : plan.profileName();
        String comment = s.number() + " " + s.customerCode();
        switch (s.type()) {
            case PPPOE -> {
                desired.putPppProfile(nasId, new PppProfile(plan.profileName(), plan.rateLimit(), null, null, plan.name()));
                // every session of the isolation profile lands in list isolir, also one with a pool address
                desired.putPppProfile(nasId, new PppProfile(ISOLATION_PROFILE, settings.isolationRateLimit(), null, null,
                        "Arus: isolir", ISOLATION_LIST));
                desired.putPppSecret(nasId, new PppUser(name, cipher.decrypt(encryptedPassword), profile, "pppoe",
                        s.address(), false, comment));
            }
            case HOTSPOT -> {
                desired.putHotspotProfile(nasId, new HotspotProfile(plan.profileName(), plan.rateLimit(), null, plan.name()));
                desired.putHotspotProfile(nasId, new HotspotProfile(ISOLATION_PROFILE, settings.isolationRateLimit(), null,
                        "Arus: isolir"));
                desired.putHotspotUser(nasId, new HotspotUser(name, cipher.decrypt(encryptedPassword), profile, false, comment));
            }
            case STATIC_IP -> {
                if (s.address() == null) {
                    throw new IllegalStateException(s.number() + " is a static-IP subscription without an address");
                }
                desired.putSimpleQueue(nasId, SimpleQueue.of(name, s.address(),
                        isolated ? settings.isolationRateLimit() : plan.uploadKbps() + "k/" + plan.downloadKbps() + "k"));
            }
        }
        if (s.address() != null) {
            if (isolated) {
                desired.putAddressListEntry(nasId, new AddressListEntry(ISOLATION_LIST, s.address(), name));
            } else {
                desired.removeAddressListEntry(nasId, ISOLATION_LIST, s.address());
            }
        }
        return profile;
    }

    /** Removes everything of the subscription from the desired state of the NAS. */
    void undesire(Subscription s, long nasId) {
        String name = routerName(s);
        if (s.type() == PlanType.PPPOE) {
            desired.removePppSecret(nasId, name);
        } else if (s.type() == PlanType.HOTSPOT) {
            desired.removeHotspotUser(nasId, name);
        }
        desired.removeSimpleQueue(nasId, name);
        if (s.address() != null) {
            desired.removeAddressListEntry(nasId, ISOLATION_LIST, s.address());
        }
    }

    /**
     * Applies the subscriber's desired state to the router and checks what the router then holds.
     *
     * @throws IllegalStateException when the router does not hold what was applied (the job retries)
     */
    SubscriberOnRouter apply(Subscription s, long nasId, boolean dropSession, String expectedProfile) {
        String name = routerName(s);
        provisioning.apply(nasId, name, dropSession);
        if (s.type() == PlanType.STATIC_IP) {
            // no secret or user to read back: the queue is the subscriber
            return new SubscriberOnRouter(nasId, name, expectedProfile != null, null, false);
        }
        SubscriberOnRouter held = provisioning.read(nasId, name);
        if (expectedProfile == null ? held.present() : !held.present() || !Objects.equals(expectedProfile, held.profile())) {
            throw new IllegalStateException("Router NAS " + nasId + " does not hold " + name + " as expected after apply: "
                    + (held.present() ? "profile " + held.profile() : "absent") + ", expected "
                    + (expectedProfile == null ? "absent" : "profile " + expectedProfile));
        }
        return held;
    }

    private static long requireNas(Subscription s) {
        if (s.nasId() == null) {
            throw new IllegalStateException(s.number() + " has no NAS yet");
        }
        return s.nasId();
    }
}
