package id.arus.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.catalog.PlanForm;
import id.arus.catalog.RateLimits;
import id.arus.network.internal.DesiredRules;
import org.junit.jupiter.api.Test;

/** The demo's plans pass the catalogue's rules and give rate limits the network module accepts. */
class CatalogDemoDataTest {

    @Test
    void everyDemoPlanIsValidAndRendersARouterOsRateLimit() {
        assertThat(CatalogDemoData.PLANS).extracting(PlanForm::code).doesNotHaveDuplicates()
                .contains("HOME-10M", "HOME-20M", "BIZ-50M", "HOTSPOT-5M", "STATIC-100M", "TPL-HOME", "TPL-BIZ");
        assertThat(CatalogDemoData.PLANS.stream().filter(PlanForm::template)).hasSize(2);
        for (PlanForm form : CatalogDemoData.PLANS) {
            PlanForm valid = PlanRules.validate(form);
            String rateLimit = RateLimits.render(valid.downloadKbps(), valid.uploadKbps(), valid.burst());
            assertThat(DesiredRules.rateLimit(form.code(), rateLimit)).as(form.code()).isEqualTo(rateLimit);
        }
        assertThat(RateLimits.render(20_000, 10_000, CatalogDemoData.PLANS.get(1).burst()))
                .isEqualTo("10M/20M 20M/40M 8M/16M 8/8 8 4M/8M");
    }
}
