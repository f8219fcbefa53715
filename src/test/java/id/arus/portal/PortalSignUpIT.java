package id.arus.portal;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.identity.UserDirectory;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class PortalSignUpIT {

    @Autowired
    PortalSignUp signUp;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    UserDirectory users;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Plan plan;
    /** Each test signs up from its own address, so the per-address limit of one test does not touch another. */
    private final String address = "10.9." + (UUID.randomUUID().hashCode() & 0xff) + "." + (UUID.randomUUID().hashCode() & 0xff);

    @BeforeEach
    void anonymousWithAPlanOnSale() {
        plan = PortalTestPlans.sellable(catalog);
        anonymous();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignUpCreatesTheCustomerAccountTheRecordAndStartsOnboarding() {
        PortalRegistration form = PortalTestPlans.registration(plan);

        SignedUp done = signUp.register(form, address);

        assertThat(done.authentication().getName()).isEqualTo(form.username());
        assertThat(done.authentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CUSTOMER");
        assertThat(users.findByUsername(form.username())).get().satisfies(u -> assertThat(u.roles()).containsExactly(Role.CUSTOMER));
        signIn(form.username(), "CUSTOMER");
        Customer me = customers.mine();
        assertThat(me.code()).isEqualTo(done.customerCode());
        assertThat(me.nik()).isEqualTo(form.nik());
        assertThat(me.location()).isNotNull();
        assertThat(subscriptions.mine()).singleElement().satisfies(s -> {
            assertThat(s.number()).isEqualTo(done.subscriptionNumber());
            assertThat(s.planId()).isEqualTo(plan.id());
            assertThat(s.status()).isEqualTo(SubscriptionStatus.ONBOARDING);
        });
    }

    @Test
    void whenALaterStepRefusesNothingOfTheEarlierStepsStays() {
        PortalRegistration first = PortalTestPlans.registration(plan);
        signUp.register(first, address);
        anonymous();
        String second = "dupnik" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

        // the account would be fine; the customer module refuses the NIK that is already registered
        assertThatThrownBy(() -> signUp.register(PortalTestPlans.withNik(first, first.nik(), second), address))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("nik"));

        assertThat(users.findByUsername(second)).isEmpty();
        assertThat(jdbc.sql("select count(*) from customer where nik = :nik").param("nik", first.nik()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from customer where username = :u").param("u", second).query(Long.class).single())
                .isZero();
    }

    @Test
    void everyFieldProblemIsReportedAtOnceAndNothingIsCreated() {
        PortalRegistration good = PortalTestPlans.registration(plan);
        PortalRegistration bad = new PortalRegistration(good.username(), " ", good.nik(), "12", "bukan-email", good.address(),
                "Bandung", null, " ", "pendek", "lain", false, "id");

        assertThatThrownBy(() -> signUp.register(bad, address)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsKeys("consent", "planId", "site", "location", "fullName", "phone", "email", "password",
                                "passwordRepeat"));
        assertThat(users.findByUsername(good.username())).isEmpty();
    }

    @Test
    void oneAddressMaySignUpOnlyAFewTimesAnHour() {
        PortalRegistration incomplete = new PortalRegistration("", "", "", "", "", "", "", null, "", "", "", false, "id");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signUp.register(incomplete, address))
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).doesNotContainKey("signup"));
        }
        assertThatThrownBy(() -> signUp.register(PortalTestPlans.registration(plan), address))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors().get("signup")).containsExactly("signup.limited"));
        assertThat(signUp.register(PortalTestPlans.registration(plan), address + "9").customerCode()).startsWith("CUST-");
    }

    private static void anonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
