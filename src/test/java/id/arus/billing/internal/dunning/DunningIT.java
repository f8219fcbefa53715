package id.arus.billing.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.PaymentApplication;
import id.arus.catalog.BillingCycle;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.IpPools;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.shared.Money;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dunning in the whole application on a simulated RouterOS: an overdue invoice's dunning reminds, charges the
 * late fee and isolates the subscriber on the router; paying the invoice (late fee included) brings the plan
 * profile back. The starter is called as its schedule would; the processes run on the application's job executor.
 */
@ArusIT
class DunningIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
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
    @Autowired
    Invoices invoices;
    @Autowired
    DunningStarter starter;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOverdueInvoiceIsolatesTheSubscriberAndPayingItRestoresService() throws Exception {
        SimulatedRouter router = routers.get(RouterOsVersion.V7_16);
        Plan plan = planOnRouter(router);
        Subscription active = activeSubscription(plan);
        String login = active.login();

        NetworkTestSupport.signIn("dunning-finance-" + tag, "FINANCE");
        Invoice invoice = invoices.issue(new InvoiceDraft(active.customerCode(), active.number(), InvoicePurpose.MANUAL, null, null,
                null, true, plan.code(), active.site(), List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket " + plan.code(),
                Money.idr(150_000)))));
        // ten days pass without payment
        jdbc.sql("update invoice set due_date = ? where number = ?").params(LocalDate.now().minusDays(10), invoice.number()).update();

        assertThat(starter.startDue()).isGreaterThanOrEqualTo(1);
        assertThat(starter.startDue()).as("an invoice's dunning starts once").isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DunningVariables.PROCESS_KEY)
                .processInstanceBusinessKey(invoice.number()).count()).isEqualTo(1);

        awaitStatus(active.number(), SubscriptionStatus.SUSPENDED);
        NetworkTestSupport.await("the isolation profile on the router", TIMEOUT, () ->
                secret(router, login).map(s -> "arus-isolir".equals(s.get("profile"))).orElse(false));
        NetworkTestSupport.signIn("dunning-finance-" + tag, "FINANCE");
        Invoice charged = invoices.get(invoice.number());
        assertThat(charged.lines()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.LATE_FEE);
            assertThat(line.ruleCode()).isEqualTo("BILL-011");
        });
        assertThat(charged.total().rupiah()).isGreaterThan(invoice.total().rupiah());

        invoices.applyPayment(new PaymentApplication(invoice.number(), charged.balance(), "RCPT-" + tag, "CASH", Instant.now()));
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.PAID);

        awaitStatus(active.number(), SubscriptionStatus.ACTIVE);
        NetworkTestSupport.await("the plan profile back on the router", TIMEOUT, () ->
                secret(router, login).map(s -> plan.profileName().equals(s.get("profile"))).orElse(false));
        NetworkTestSupport.await("the dunning to end", TIMEOUT, () -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(invoice.number()).count() == 0);
        assertThat(history.createHistoricActivityInstanceQuery()
                .processInstanceId(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(invoice.number())
                        .processDefinitionKey(DunningVariables.PROCESS_KEY).singleResult().getId())
                .finished().list()).extracting(activity -> activity.getActivityId())
                .as("the payment ended the dunning through its restore step").contains("Boundary_InvoicePaid", "Task_Restore", "EndEvent_Settled");
    }

    private Plan planOnRouter(SimulatedRouter router) {
        NetworkTestSupport.signIn("dunning-admin-" + tag, "ADMIN");
        String site = "Dunning-" + tag;
        long nas = registry.create(new NasForm("Dun " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), site, null, NasRole.PRIMARY, null, null, null)).id();
        pools.createPool(nas, "dunning-" + tag, "10.93.0.10-10.93.0.20");
        return plans.create(new PlanForm("D" + tag.toUpperCase(), "Rumah 10M " + tag, PlanType.PPPOE, 10_000, 5_000, null,
                Money.idr(150_000), true, BillingCycle.MONTHLY, false, Money.ZERO, false));
    }

    /** Onboarding as staff do it: CS registers and checks the documents, the technician installs. */
    private Subscription activeSubscription(Plan plan) throws InterruptedException {
        Customer customer = customers.create(TestCustomers.form("Dunning " + tag));
        NetworkTestSupport.signIn("dunning-cs-" + tag, "CS");
        String number = subscriptions.register(new Registration(customer.code(), plan.id(), "Dunning-" + tag, "Jl. Tagih 1",
                null, null, null)).number();
        inbox.complete(task(number, "Periksa dokumen").id(), Map.of("documentsApproved", true));
        NetworkTestSupport.signIn("dunning-tech-" + tag, "TECHNICIAN");
        inbox.complete(task(number, "Survei").id(), Map.of("feasible", true, "installationDate", LocalDate.now(),
                "cpeSerial", "ZTE-" + tag, "cpeModel", "F660", "latitude", "-6.89", "longitude", "107.61"));
        return awaitStatus(number, SubscriptionStatus.ACTIVE);
    }

    private InboxTask task(String number, String namePrefix) throws InterruptedException {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        NetworkTestSupport.await("a task '" + namePrefix + "' of " + number, TIMEOUT, () ->
                inbox.tasks(filter, 0, 10).stream().anyMatch(t -> t.name().startsWith(namePrefix)));
        return inbox.tasks(filter, 0, 10).stream().filter(t -> t.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }

    private Subscription awaitStatus(String number, SubscriptionStatus status) throws InterruptedException {
        NetworkTestSupport.signIn("dunning-admin-" + tag, "ADMIN");
        NetworkTestSupport.await(number + " to be " + status, TIMEOUT, () -> subscriptions.get(number).status() == status);
        return subscriptions.get(number);
    }

    private static Optional<Map<String, String>> secret(SimulatedRouter router, String name) {
        return router.print("/ppp/secret").stream().filter(r -> name.equals(r.get("name"))).findFirst();
    }
}
