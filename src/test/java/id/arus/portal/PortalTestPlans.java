package id.arus.portal;

import static id.arus.network.NetworkTestSupport.signIn;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.TestCustomers;
import id.arus.shared.Money;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.context.SecurityContextHolder;

/** A plan on sale and sign-up forms for it, for the portal tests. */
public final class PortalTestPlans {

    private PortalTestPlans() {
    }

    public static Plan sellable(PlanCatalog catalog) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn("admin-portal-plans", "ADMIN");
            String code = "PORTAL-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
            return catalog.create(new PlanForm(code, "Rumah 20 Mbps " + code, PlanType.PPPOE, 20_000, 10_000, null,
                    Money.idr(250_000), true, BillingCycle.MONTHLY, false, Money.idr(100_000), false));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** A complete, valid sign-up with a fresh user name, NIK, phone and e-mail. */
    public static PortalRegistration registration(Plan plan) {
        String username = "daftar" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                + ThreadLocalRandom.current().nextInt(1000);
        return new PortalRegistration(username, "Sari Wulandari", TestCustomers.nik(), TestCustomers.mobile(),
                username + "@pelanggan.example.id", "Jl. Dago 12, Bandung", "-6.885100,107.613400", plan.id(), "Bandung",
                "teh-manis-sore-77", "teh-manis-sore-77", true, "id");
    }

    public static PortalRegistration withNik(PortalRegistration r, String nik, String username) {
        return new PortalRegistration(username, r.fullName(), nik, TestCustomers.mobile(), username + "@pelanggan.example.id",
                r.address(), r.location(), r.planId(), r.site(), r.password(), r.passwordRepeat(), r.consented(), r.language());
    }
}
