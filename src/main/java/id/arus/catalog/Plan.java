package id.arus.catalog;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * One version of a service plan. A subscription refers to a plan by id and the version it was sold at,
 * so a later change reaches it only when staff apply the change to existing subscriptions.
 *
 * @param code           stable, short and unique, e.g. {@code HOME-20M}
 * @param version        1 on creation, +1 on each price or speed change
 * @param price          per billing cycle
 * @param taxInclusive   whether {@code price} already contains PPN
 * @param prepaid        prepaid (invoice at the start of the period) or postpaid (at the end)
 * @param template       a template is offered to clone from and is never sold
 */
public record Plan(long id, String code, String name, PlanType type, long downloadKbps, long uploadKbps, Burst burst,
                   Money price, boolean taxInclusive, BillingCycle cycle, boolean prepaid, Money installationFee,
                   PlanStatus status, boolean template, int version, Instant changedAt) {

    /**
     * The RouterOS {@code rate-limit} for this version, upload first as RouterOS writes it
     * ({@code rx/tx} from the router's view of the client): e.g. {@code 5M/20M} or with burst
     * {@code 5M/20M 10M/40M 4M/16M 8/8 8 2M/8M}.
     */
    public String rateLimit() {
        return RateLimits.render(this);
    }

    /** The router-side profile name of this version, e.g. {@code arus-HOME-20M-v3}. */
    public String profileName() {
        return "arus-" + code + "-v" + version;
    }
}
