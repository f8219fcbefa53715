package id.arus.customer.internal;

import id.arus.customer.CustomerStatus;
import id.arus.customer.ServiceSummary;
import java.util.Collection;
import java.util.Set;

/** A customer's status from their services, as {@link CustomerStatus} describes it. */
public final class StatusDerivation {

    /** Subscription statuses that mean the service is over (it counts as nothing). */
    private static final Set<String> ENDED = Set.of("TERMINATED", "REJECTED");

    private StatusDerivation() {
    }

    public static CustomerStatus of(Collection<ServiceSummary> services) {
        boolean suspended = false;
        boolean onboarding = false;
        for (ServiceSummary s : services) {
            String status = s.status() == null ? "" : s.status();
            if (status.equals("ACTIVE")) {
                return CustomerStatus.ACTIVE;
            }
            if (status.equals("SUSPENDED")) {
                suspended = true;
            } else if (!ENDED.contains(status)) {
                // ONBOARDING, ACTIVATING or any step the subscription module adds before the service is live
                onboarding = true;
            }
        }
        if (suspended) {
            return CustomerStatus.SUSPENDED;
        }
        return onboarding ? CustomerStatus.PROSPECT : CustomerStatus.INACTIVE;
    }
}
