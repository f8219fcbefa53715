package id.arus.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.TestCustomers;
import id.arus.network.IpPools;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A subscription's whole life on a simulated RouterOS 7.16, driven only through the module API and the
 * task inbox as staff would: registration, CS and technician tasks, activation on the router, isolation
 * (isolir) and back, termination. The processes run on the application's own job executor.
 */
@ArusIT
class SubscriptionLifecycleIT {

    private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(30);
    static final TestRouters routers = new TestRouters();

    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    PlanCatalog plans;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    NasManagement registry;
    @Autowired
    IpPools pools;
    @Autowired
    TaskInbox inbox;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final GreenMail smtp = TestInfrastructure.mail();

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSubscriberGoesFromRegistrationThroughIsolationToTerminationOnARealRouter() throws Exception {
        SimulatedRouter router = routers.get(RouterOsVersion.V7_16);
        NetworkTestSupport.signIn("lifecycle-admin-" + tag, "ADMIN");
        String site = "Dago-" + tag;
        long nas = registry.create(new NasForm("Sub " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), site, null, NasRole.PRIMARY, null, null, null)).id();
        pools.createPool(nas, "pelanggan-" + tag, "10.91.0.10-10.91.0.20");
        Plan plan = plans.create(new PlanForm("T" + tag.toUpperCase(), "Rumah 10M " + tag, PlanType.PPPOE, 10_000, 5_000, null,
                Money.idr(150_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));
        CustomerForm form = TestCustomers.form("Lifecycle " + tag);
        String email = "lifecycle-" + tag + "@example.test";
        Customer customer = customers.create(new CustomerForm(form.name(), form.nik(), form.phone(), email, form.address(),
                form.location(), form.category(), form.notes()));

        // CS registers; onboarding asks CS to check the documents
        NetworkTestSupport.signIn("lifecycle-cs-" + tag, "CS");
        Subscription registered = subscriptions.register(new Registration(customer.code(), plan.id(), site, "Jl. Dago 1",
                null, null, "lantai 2"));
        String number = registered.number();
        assertThat(number).matches("SUB-\\d{4}-\\d{6}");
        assertThat(registered.status()).isEqualTo(SubscriptionStatus.ONBOARDING);
        inbox.complete(task(number, "Periksa dokumen").id(), Map.of("documentsApproved", true));

        // the technician installs; completing the task starts activation on the router
        NetworkTestSupport.signIn("lifecycle-tech-" + tag, "TECHNICIAN");
        inbox.complete(task(number, "Survei").id(), Map.of("feasible", true, "installationDate", LocalDate.now(),
                "cpeSerial", "ZTE-" + tag, "cpeModel", "F660", "latitude", "-6.89", "longitude", "107.61"));

        Subscription active = awaitStatus(number, SubscriptionStatus.ACTIVE);
        assertThat(active.nasId()).isEqualTo(nas);
        assertThat(active.login()).isEqualTo(customer.code().toLowerCase().replace("-", ""));
        assertThat(active.address()).isEqualTo("10.91.0.10");
        assertThat(active.cpeSerial()).isEqualTo("ZTE-" + tag);
        assertThat(active.location()).isNotNull();
        String login = active.login();
        assertThat(secret(router, login)).hasValueSatisfying(s -> {
            assertThat(s.get("profile")).isEqualTo(plan.profileName());
            assertThat(s.get("remote-address")).isEqualTo("10.91.0.10");
        });
        assertThat(row(router, "/ppp/profile", "name", plan.profileName()))
                .hasValueSatisfying(p -> assertThat(p.get("rate-limit")).isEqualTo(plan.rateLimit()));
        TestRouters.awaitSession(router, login, true);

        // finance isolates for non-payment: isolation profile, the session dropped, the address in list isolir
        NetworkTestSupport.signIn("lifecycle-finance-" + tag, "FINANCE");
        String sessionBefore = row(router, "/ppp/active", "name", login).orElseThrow().get(".id");
        subscriptions.suspend(number, SuspensionReason.NON_PAYMENT, "tagihan November");
        Subscription suspended = awaitStatus(number, SubscriptionStatus.SUSPENDED);
        assertThat(suspended.statusReason()).contains("NON_PAYMENT", "tagihan November");
        assertThat(secret(router, login)).hasValueSatisfying(s -> assertThat(s.get("profile")).isEqualTo("arus-isolir"));
        assertThat(row(router, "/ip/firewall/address-list", "comment", "arus:" + login))
                .hasValueSatisfying(e -> assertThat(e.get("list")).isEqualTo("isolir"));
        NetworkTestSupport.await("the old session to be dropped", Duration.ofSeconds(10), () ->
                row(router, "/ppp/active", "name", login).map(s -> !s.get(".id").equals(sessionBefore)).orElse(true));

        // paid: back to the plan profile, out of the isolation list
        // as staff would: "busy" while the isolation's own mail step runs, then accepted
        TestSubscribers.acceptedOnceNotBusy("the unsuspension", () -> subscriptions.unsuspend(number, "lunas"));
        awaitStatus(number, SubscriptionStatus.ACTIVE);
        assertThat(secret(router, login)).hasValueSatisfying(s -> assertThat(s.get("profile")).isEqualTo(plan.profileName()));
        assertThat(row(router, "/ip/firewall/address-list", "comment", "arus:" + login)).isEmpty();

        // CS terminates: gone from the router, the address back in the pool, the history kept
        NetworkTestSupport.signIn("lifecycle-cs-" + tag, "CS");
        // "busy" too while the unsuspension's own mail step runs
        TestSubscribers.acceptedOnceNotBusy("the termination", () -> subscriptions.terminate(number, "Pindah rumah"));
        Subscription terminated = awaitStatus(number, SubscriptionStatus.TERMINATED);
        assertThat(terminated.statusReason()).isEqualTo("Pindah rumah");
        assertThat(secret(router, login)).isEmpty();
        TestRouters.awaitSession(router, login, false);
        NetworkTestSupport.signIn("lifecycle-admin-" + tag, "ADMIN");
        assertThat(pools.assignmentOf(nas, number)).isEmpty();
        assertThat(subscriptions.history(number)).extracting(SubscriptionChange::detail).anyMatch(d -> d.contains("ACTIVE → SUSPENDED"))
                .anyMatch(d -> d.contains("SUSPENDED → ACTIVE")).anyMatch(d -> d.contains("ACTIVE → TERMINATED"));

        // the customer heard about each step, in Indonesian
        NetworkTestSupport.await("the termination mail", Duration.ofSeconds(20), () -> subjectsTo(email).stream()
                .anyMatch(s -> s.contains("telah diputus")));
        assertThat(subjectsTo(email)).anyMatch(s -> s.startsWith("Selamat datang")).anyMatch(s -> s.contains("diisolir"))
                .anyMatch(s -> s.contains("aktif kembali"));
    }

    @Test
    void registrationRefusesUnknownCustomersAndPlansWithClearFields() {
        NetworkTestSupport.signIn("lifecycle-cs-" + tag, "CS");
        assertThatThrownBy(() -> subscriptions.register(new Registration("CUST-999999", 1, "Dago", "Jl. X", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("customerCode"));
        Customer customer = customers.create(TestCustomers.form("Refused " + tag));
        assertThatThrownBy(() -> subscriptions.register(new Registration(customer.code(), -1, " ", "", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("planId", "site", "installationAddress"));
        assertThatThrownBy(() -> subscriptions.get("SUB-1999-000001")).isInstanceOf(NoSuchElementException.class);
    }

    private InboxTask task(String number, String namePrefix) throws InterruptedException {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        NetworkTestSupport.await("a task '" + namePrefix + "' of " + number, PROCESS_TIMEOUT, () ->
                inbox.tasks(filter, 0, 10).stream().anyMatch(t -> t.name().startsWith(namePrefix)));
        return inbox.tasks(filter, 0, 10).stream().filter(t -> t.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }

    private Subscription awaitStatus(String number, SubscriptionStatus status) throws InterruptedException {
        NetworkTestSupport.await(number + " to be " + status, PROCESS_TIMEOUT, () -> subscriptions.get(number).status() == status);
        return subscriptions.get(number);
    }

    private static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        return row(router, "/ppp/secret", "name", name);
    }

    private static Optional<Map<String, String>> row(SimulatedRouter router, String menu, String key, String value) {
        return router.print(menu).stream().filter(r -> value.equals(r.get(key))).findFirst();
    }

    private List<String> subjectsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
            } catch (Exception e) {
                return false;
            }
        }).map(SubscriptionLifecycleIT::subject).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
