package id.arus.catalog.internal;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Burst;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's plans: home, business, hotspot and static-IP offers and two templates to clone from. Each is
 * created through {@link PlanCatalog} (validated and audited) when its code does not exist yet, so a restart
 * adds nothing twice and a plan a newcomer changed stays changed.
 */
@Component
@Profile("demo")
class CatalogDemoData {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    static final List<PlanForm> PLANS = List.of(
            new PlanForm("HOME-10M", "Rumah 10 Mbps", PlanType.PPPOE, 10_000, 5_000, null,
                    Money.idr(166_500), true, BillingCycle.MONTHLY, false, Money.idr(250_000), false),
            new PlanForm("HOME-20M", "Rumah 20 Mbps + burst", PlanType.PPPOE, 20_000, 10_000,
                    new Burst(8_000L, 4_000L, 40_000L, 20_000L, 16_000L, 8_000L, 8),
                    Money.idr(249_750), true, BillingCycle.MONTHLY, false, Money.idr(250_000), false),
            new PlanForm("BIZ-50M", "Bisnis 50 Mbps", PlanType.PPPOE, 50_000, 50_000,
                    new Burst(25_000L, 25_000L, null, null, null, null, null),
                    Money.idr(1_100_000), false, BillingCycle.MONTHLY, false, Money.idr(500_000), false),
            new PlanForm("HOTSPOT-5M", "Hotspot 5 Mbps prabayar", PlanType.HOTSPOT, 5_000, 2_000, null,
                    Money.idr(50_000), true, BillingCycle.MONTHLY, true, Money.ZERO, false),
            new PlanForm("STATIC-100M", "IP statis 100 Mbps", PlanType.STATIC_IP, 100_000, 100_000,
                    new Burst(50_000L, 50_000L, null, null, null, null, null),
                    Money.idr(5_500_000), false, BillingCycle.QUARTERLY, false, Money.idr(1_000_000), false),
            new PlanForm("TPL-HOME", "Templat paket rumah", PlanType.PPPOE, 30_000, 15_000,
                    new Burst(null, null, 60_000L, 30_000L, 24_000L, 12_000L, 16),
                    Money.idr(333_000), true, BillingCycle.MONTHLY, false, Money.idr(250_000), true),
            new PlanForm("TPL-BIZ", "Templat paket bisnis", PlanType.PPPOE, 100_000, 100_000,
                    new Burst(50_000L, 50_000L, null, null, null, null, null),
                    Money.idr(2_000_000), false, BillingCycle.YEARLY, true, Money.idr(500_000), true));

    private final PlanCatalog catalog;

    CatalogDemoData(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createMissingPlans() {
        SystemIdentity.run("demo-data", () -> {
            int created = 0;
            for (PlanForm form : PLANS) {
                if (catalog.findByCode(form.code()).isEmpty()) {
                    catalog.create(form);
                    created++;
                }
            }
            if (created > 0) {
                log.info("Created {} demo plans", created);
            }
        });
    }
}
