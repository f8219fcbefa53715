package id.arus.subscription;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.IpPools;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.shared.InvalidInputException;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * Subscribers made as staff make them, for integration tests of what follows activation: a NAS on a simulated
 * router with an address pool for a site, then onboarding through the task inbox (CS checks the documents, the
 * technician installs) until the subscription is ACTIVE on the router. Signs in the staff role each step needs.
 */
public final class TestSubscribers {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private final NasManagement registry;
    private final IpPools pools;
    private final CustomerDirectory customers;
    private final SubscriptionManagement subscriptions;
    private final TaskInbox inbox;
    private final String tag;

    /** @param tag makes names unique per test (NAS, pool, site, CPE serial) */
    public TestSubscribers(NasManagement registry, IpPools pools, CustomerDirectory customers,
                           SubscriptionManagement subscriptions, TaskInbox inbox, String tag) {
        this.registry = registry;
        this.pools = pools;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.inbox = inbox;
        this.tag = tag;
    }

    /** Registers the router as the NAS of a new site with the given address range; returns the site. */
    public String siteOn(SimulatedRouter router, String addressRange) {
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        String site = "Site-" + tag;
        long nas = registry.create(new NasForm("NAS " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), site, null, NasRole.PRIMARY, null, null, null)).id();
        pools.createPool(nas, "pool-" + tag, addressRange);
        return site;
    }

    /** A new customer's subscription to the plan at the site, onboarded until ACTIVE. */
    public Subscription active(long planId, String site) throws InterruptedException {
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        Customer customer = customers.create(TestCustomers.form("Pelanggan " + tag));
        NetworkTestSupport.signIn("cs-" + tag, "CS");
        String number = subscriptions.register(new Registration(customer.code(), planId, site, "Jl. Uji 1", null, null, null))
                .number();
        inbox.complete(task(number, "Periksa dokumen").id(), Map.of("documentsApproved", true));
        NetworkTestSupport.signIn("tech-" + tag, "TECHNICIAN");
        inbox.complete(task(number, "Survei").id(), Map.of("feasible", true, "installationDate", LocalDate.now(),
                "cpeSerial", "ZTE-" + tag, "cpeModel", "F660", "latitude", "-6.89", "longitude", "107.61"));
        return awaitStatus(number, SubscriptionStatus.ACTIVE);
    }

    public Subscription awaitStatus(String number, SubscriptionStatus status) throws InterruptedException {
        NetworkTestSupport.signIn("admin-" + tag, "ADMIN");
        NetworkTestSupport.await(number + " to be " + status, TIMEOUT, () -> subscriptions.get(number).status() == status);
        return subscriptions.get(number);
    }

    /** Asks again, as staff would, while the subscription answers "busy" (a step of its process is running). */
    public static void acceptedOnceNotBusy(String what, Runnable command) throws InterruptedException {
        NetworkTestSupport.await(what + " to be accepted", TIMEOUT, () -> {
            try {
                command.run();
                return true;
            } catch (InvalidInputException busy) {
                return false;
            }
        });
    }

    private InboxTask task(String number, String namePrefix) throws InterruptedException {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        NetworkTestSupport.await("a task '" + namePrefix + "' of " + number, TIMEOUT, () ->
                inbox.tasks(filter, 0, 10).stream().anyMatch(t -> t.name().startsWith(namePrefix)));
        return inbox.tasks(filter, 0, 10).stream().filter(t -> t.name().startsWith(namePrefix)).findFirst().orElseThrow();
    }
}
