package id.arus.catalog;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ArusIT
@RecordApplicationEvents
class PlanCatalogIT {

    @Autowired
    PlanCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void priceChangeMakesANewVersionAndKeepsWhatWasSold() {
        signIn("finance-it", "FINANCE");
        Plan v1 = catalog.create(form(uniqueCode(), "Rumah 20", 20_000, Money.idr(200_000)));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(PlanStatus.ACTIVE);

        Plan renamed = catalog.update(v1.id(), withName(v1, "Rumah 20 Mbps"), false);
        assertThat(renamed.version()).as("a new name changes nothing sold").isEqualTo(1);
        assertThat(events.stream(PlanRevised.class)).isEmpty();

        Plan v2 = catalog.update(v1.id(), new PlanForm(v1.code(), "Rumah 20 Mbps", PlanType.PPPOE, 30_000, 10_000,
                new Burst(null, null, 60_000L, 20_000L, 24_000L, 8_000L, 8), Money.idr(250_000), true, BillingCycle.MONTHLY,
                false, Money.idr(100_000), false), true);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.rateLimit()).isEqualTo("10M/30M 20M/60M 8M/24M 8/8 8");
        assertThat(v2.profileName()).isEqualTo("arus-" + v1.code() + "-v2");
        assertThat(events.stream(PlanRevised.class)).containsExactly(new PlanRevised(v1.id(), 2, true));

        Plan sold = catalog.version(v1.id(), 1);
        assertThat(sold.price()).isEqualTo(Money.idr(200_000));
        assertThat(sold.downloadKbps()).isEqualTo(20_000);
        assertThat(sold.rateLimit()).isEqualTo("10M/20M");
        assertThat(catalog.get(v1.id()).price()).isEqualTo(Money.idr(250_000));
        assertThat(catalog.findByCode(v1.code().toLowerCase())).contains(catalog.get(v1.id()));

        assertThatThrownBy(() -> jdbc.sql("update plan_version set price = 1 where plan_id = ?").param(v1.id()).update())
                .hasMessageContaining("immutable");
        assertThat(auditActions(v1.code())).contains("catalog.plan.created", "catalog.plan.changed", "catalog.plan.revised");
    }

    @Test
    void refusesDuplicateCodeAndCodeChange() {
        signIn("admin-it", "ADMIN");
        Plan plan = catalog.create(form(uniqueCode(), "A", 10_000, Money.idr(100_000)));
        assertThatThrownBy(() -> catalog.create(form(plan.code().toLowerCase(), "B", 10_000, Money.ZERO)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", List.of("catalog.error.code.taken")));
        assertThatThrownBy(() -> catalog.update(plan.id(), form(uniqueCode(), "A", 10_000, Money.idr(100_000)), false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("code", List.of("catalog.error.code.immutable")));
    }

    @Test
    void archivedAndTemplatePlansAreNotSellableAndTemplatesClone() {
        signIn("admin-it", "ADMIN");
        Plan template = catalog.create(new PlanForm(uniqueCode(), "Templat", PlanType.HOTSPOT, 5_000, 2_000, null,
                Money.idr(50_000), true, BillingCycle.MONTHLY, true, Money.ZERO, true));
        Plan plan = catalog.cloneFrom(template.id(), uniqueCode(), "Hotspot 5");
        assertThat(plan.template()).isFalse();
        assertThat(plan.type()).isEqualTo(PlanType.HOTSPOT);
        assertThat(plan.prepaid()).isTrue();

        SecurityContextHolder.clearContext();
        assertThat(catalog.sellable()).as("anonymous portal sign-up").extracting(Plan::code)
                .contains(plan.code()).doesNotContain(template.code());

        signIn("admin-it", "ADMIN");
        catalog.archive(plan.id());
        assertThat(catalog.sellable()).extracting(Plan::code).doesNotContain(plan.code());
        assertThat(catalog.list(false)).extracting(Plan::code).doesNotContain(plan.code());
        assertThat(catalog.list(true)).extracting(Plan::code).contains(plan.code());
        assertThat(catalog.restore(plan.id()).status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(auditActions(plan.code())).contains("catalog.plan.cloned", "catalog.plan.archived", "catalog.plan.restored");
    }

    @Test
    void staffAndCustomersReadButOnlyAdminAndFinanceWrite() {
        signIn("cs-it", "CS");
        assertThat(catalog.list(true)).isNotNull();
        assertThatThrownBy(() -> catalog.create(form(uniqueCode(), "x", 1_000, Money.ZERO))).isInstanceOf(AccessDeniedException.class);
        signIn("pelanggan-it", "CUSTOMER");
        assertThat(catalog.list(false)).isNotNull();
        assertThatThrownBy(() -> catalog.archive(1)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> catalog.list(false)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<String> auditActions(String code) {
        return jdbc.sql("select action from audit_entry where subject = ? order by id").param("plan:" + code).query(String.class).list();
    }

    static String uniqueCode() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static PlanForm form(String code, String name, long downKbps, Money price) {
        return new PlanForm(code, name, PlanType.PPPOE, downKbps, 10_000, null, price, true, BillingCycle.MONTHLY, false,
                Money.ZERO, false);
    }

    private static PlanForm withName(Plan plan, String name) {
        return new PlanForm(plan.code(), name, plan.type(), plan.downloadKbps(), plan.uploadKbps(), plan.burst(), plan.price(),
                plan.taxInclusive(), plan.cycle(), plan.prepaid(), plan.installationFee(), plan.template());
    }
}
