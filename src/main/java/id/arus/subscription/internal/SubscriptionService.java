package id.arus.subscription.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanStatus;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.network.LiveSession;
import id.arus.network.NasManagement;
import id.arus.network.SubscriberProvisioning;
import id.arus.settings.OperatorZone;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Registration;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionChange;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import id.arus.subscription.internal.SubscriptionStore.NewSubscription;
import id.arus.subscription.internal.SubscriptionStore.Row;
import id.arus.workflow.ProcessStarter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SubscriptionManagement}: checks the request, then starts or correlates the subscription's process
 * (business key = number) in the same transaction, so a refused request leaves nothing behind and an
 * accepted one is never lost. It never talks to a router; the processes do.
 */
@Service
@Transactional
class SubscriptionService implements SubscriptionManagement {

    private static final String STAFF = "hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS')";
    private static final String STAFF_OR_CUSTOMER = "hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS','CUSTOMER')";
    private static final int MAX_SITE = 100;
    private static final int MAX_ADDRESS = 500;
    private static final int MAX_NOTE = 2000;
    /** The processes that change a subscription while it runs: one at a time besides a waiting suspension. */
    private static final List<String> CHANGE_PROCESSES = List.of(PlanChangeVariables.PROCESS_KEY, NasMoveVariables.PROCESS_KEY,
            TerminationVariables.PROCESS_KEY);

    private final SubscriptionStore store;
    private final SubscriptionLifecycle lifecycle;
    private final CustomerDirectory customers;
    private final PlanCatalog plans;
    private final NasManagement nas;
    private final SubscriberProvisioning provisioning;
    private final ProcessStarter processes;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final OperatorZone zone;

    SubscriptionService(SubscriptionStore store, SubscriptionLifecycle lifecycle, CustomerDirectory customers,
                        PlanCatalog plans, NasManagement nas, SubscriberProvisioning provisioning, ProcessStarter processes,
                        RuntimeService runtime, AuditTrail audit, OperatorZone zone) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.customers = customers;
        this.plans = plans;
        this.nas = nas;
        this.provisioning = provisioning;
        this.processes = processes;
        this.runtime = runtime;
        this.audit = audit;
        this.zone = zone;
    }

    // ------------------------------------------------------------------------------------ registration

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','CS')")
    public Subscription register(Registration registration) {
        Customer customer = customers.findByCode(trim(registration.customerCode()))
                .orElseThrow(() -> InvalidInputException.of("customerCode", "subscription.customer.unknown"));
        if (registration.requestedNasId() != null) {
            try {
                nas.get(registration.requestedNasId());
            } catch (NoSuchElementException e) {
                throw InvalidInputException.of("requestedNasId", "subscription.nas.unknown");
            }
        }
        return open(customer, registration.planId(), registration.site(), registration.installationAddress(),
                registration.location(), registration.requestedNasId(), registration.notes());
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    public Subscription registerMine(long planId, String site, String installationAddress, GeoPoint location) {
        return open(customers.mine(), planId, site, installationAddress, location, null, null);
    }

    private Subscription open(Customer customer, long planId, String site, String installationAddress, GeoPoint location,
                              Long requestedNasId, String notes) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Plan plan = null;
        try {
            plan = plans.get(planId);
        } catch (NoSuchElementException e) {
            // reported below with the other fields
        }
        if (plan == null || plan.status() != PlanStatus.ACTIVE || plan.template()) {
            errors.put("planId", List.of("subscription.plan.notSellable"));
        }
        check(errors, "site", site, MAX_SITE, true);
        check(errors, "installationAddress", installationAddress, MAX_ADDRESS, true);
        check(errors, "notes", notes, MAX_NOTE, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int year = Instant.now().atZone(zone.zone()).getYear();
        String number = String.format("SUB-%d-%06d", year, store.nextNumber(year));
        long id = store.insert(new NewSubscription(number, customer.id(), customer.code(), plan.id(), plan.version(),
                plan.type(), site.trim(), requestedNasId, installationAddress.trim(), location, trim(notes)));
        Subscription created = store.find(number).orElseThrow().subscription();
        lifecycle.change(created, "status", "ONBOARDING: " + plan.code() + " v" + plan.version());
        audit.record(AuditRecord.of("subscription.registered", SubscriptionLifecycle.subject(number))
                .withAfter(Map.of("customer", customer.code(), "plan", plan.code(), "version", plan.version(), "site", site.trim())));
        start(OnboardingVariables.PROCESS_KEY, number, Map.of(OnboardingVariables.SUBSCRIPTION_NUMBER, number,
                OnboardingVariables.CUSTOMER_CODE, customer.code()));
        lifecycle.inform(created);
        return store.find(number).orElseThrow().subscription();
    }

    // ------------------------------------------------------------------------------------------ reading

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Subscription get(String number) {
        return visible(number).subscription();
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Subscription> ofCustomer(String customerCode) {
        return customers.findByCode(customerCode).map(c -> store.ofCustomer(c.id())).orElse(List.of());
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional(readOnly = true)
    public List<Subscription> mine() {
        return store.ofCustomer(customers.mine().id());
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Subscription> list(SubscriptionStatus status, Long nasId, int offset, int limit) {
        return store.list(status, nasId, offset, Math.min(limit, 1000));
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Subscription> listAfter(SubscriptionStatus status, long afterId, int limit) {
        return store.listAfter(status, afterId, Math.min(limit, 1000));
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public LiveSession liveState(String number) {
        Subscription s = visible(number).subscription();
        if (s.nasId() == null || !EnumSet.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED).contains(s.status())) {
            return LiveSession.offline();
        }
        return SystemIdentity.call("subscription-live", () -> provisioning.liveSession(s.nasId(), SubscriberEntries.routerName(s)));
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public List<SubscriptionChange> history(String number) {
        return store.changes(visible(number).subscription().id());
    }

    // ------------------------------------------------------------------------------------------ changes

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','CS','FINANCE','NOC')")
    public void suspend(String number, SuspensionReason reason, String note) {
        if (reason == null) {
            throw InvalidInputException.of("reason", "subscription.reason.required");
        }
        Subscription s = lifecycle.lock(number).subscription();
        requireStatus(s, SubscriptionStatus.ACTIVE);
        if (running(number, SuspensionVariables.PROCESS_KEY)) {
            throw InvalidInputException.of("status", "subscription.busy");
        }
        check(note, "note", MAX_NOTE);
        audit.record(AuditRecord.of("subscription.suspension.requested", SubscriptionLifecycle.subject(number))
                .withAfter(Map.of("reason", reason.name(), "note", note == null ? "" : note.trim())));
        start(SuspensionVariables.PROCESS_KEY, number, Map.of(SuspensionVariables.REASON, reason.name(),
                SuspensionVariables.NOTE, note == null ? "" : note.trim()));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','CS','FINANCE','NOC')")
    public void unsuspend(String number, String note) {
        Subscription s = lifecycle.lock(number).subscription();
        requireStatus(s, SubscriptionStatus.SUSPENDED);
        check(note, "note", MAX_NOTE);
        try {
            runtime.createMessageCorrelation(SuspensionVariables.MSG_UNSUSPEND).processInstanceBusinessKey(number)
                    .setVariable(SuspensionVariables.UNSUSPEND_NOTE, note == null ? "" : note.trim()).correlate();
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
            // the isolation is still being put on the router, or its mail step is running at this instant;
            // nothing changed, and asking again in a moment succeeds
            throw InvalidInputException.of("status", "subscription.busy");
        }
        audit.record(AuditRecord.of("subscription.unsuspension.requested", SubscriptionLifecycle.subject(number))
                .withAfter(Map.of("note", note == null ? "" : note.trim())));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','CS')")
    public void terminate(String number, String reason) {
        Subscription s = lifecycle.lock(number).subscription();
        if (s.status() == SubscriptionStatus.TERMINATED || s.status() == SubscriptionStatus.REJECTED) {
            throw InvalidInputException.of("status", "subscription.status.ended");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "subscription.reason.required");
        }
        check(reason, "reason", MAX_NOTE);
        if (running(number, TerminationVariables.PROCESS_KEY)) {
            throw InvalidInputException.of("status", "subscription.busy");
        }
        try {
            runtime.createMessageCorrelation(SuspensionVariables.MSG_TERMINATE).processInstanceBusinessKey(number).correlateAll();
            // onboarding (with its activation) and other changes in flight give way: the subscription ends anyway
            // (deleting onboarding also deletes the activation it called, so each id is checked before it goes)
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list()) {
                if (runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
                    runtime.deleteProcessInstance(instance.getId(), "terminated: " + reason.trim());
                }
            }
        } catch (OptimisticLockingException | NullValueException e) {
            // a step of one of those processes (e.g. the unsuspension's mail) ran or ended it at this instant (the
            // engine then finds the instance without executions); the transaction rolls back, nothing changed, and
            // asking again in a moment succeeds
            throw InvalidInputException.of("status", "subscription.busy");
        }
        audit.record(AuditRecord.of("subscription.termination.requested", SubscriptionLifecycle.subject(number))
                .withAfter(Map.of("reason", reason.trim())));
        start(TerminationVariables.PROCESS_KEY, number, Map.of(TerminationVariables.REASON, reason.trim()));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','CS')")
    public void changePlan(String number, long planId) {
        Subscription s = lifecycle.lock(number).subscription();
        requireStatus(s, SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);
        Plan plan;
        try {
            plan = plans.get(planId);
        } catch (NoSuchElementException e) {
            throw InvalidInputException.of("planId", "subscription.plan.notSellable");
        }
        if (plan.status() != PlanStatus.ACTIVE || plan.template()) {
            throw InvalidInputException.of("planId", "subscription.plan.notSellable");
        }
        if (plan.type() != s.type()) {
            throw InvalidInputException.of("planId", "subscription.plan.typeMismatch");
        }
        if (plan.id() == s.planId() && plan.version() == s.planVersion()) {
            throw InvalidInputException.of("planId", "subscription.plan.same");
        }
        startChange(number, PlanChangeVariables.PROCESS_KEY, Map.of(PlanChangeVariables.PLAN_ID, plan.id(),
                PlanChangeVariables.PLAN_VERSION, plan.version()), "subscription.plan-change.requested");
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','NOC')")
    public void moveTo(String number, long nasId) {
        Subscription s = lifecycle.lock(number).subscription();
        requireStatus(s, SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED);
        try {
            nas.get(nasId);
        } catch (NoSuchElementException e) {
            throw InvalidInputException.of("nasId", "subscription.nas.unknown");
        }
        if (s.nasId() != null && s.nasId() == nasId) {
            throw InvalidInputException.of("nasId", "subscription.nas.same");
        }
        startChange(number, NasMoveVariables.PROCESS_KEY, Map.of(NasMoveVariables.SOURCE_NAS_ID, s.nasId(),
                NasMoveVariables.TARGET_NAS_ID, nasId), "subscription.move.requested");
    }

    /**
     * Moves a subscription to the newest version of its plan (a plan revision applied to existing
     * subscriptions). Internal: called by the catalog listener as the system identity.
     */
    void followPlanRevision(String number, long planId, int version) {
        Subscription s = lifecycle.lock(number).subscription();
        if (s.planId() != planId || s.planVersion() >= version) {
            return;
        }
        if (s.status() == SubscriptionStatus.ONBOARDING || s.status() == SubscriptionStatus.ACTIVATING || anyChangeRunning(number)) {
            // not on a router yet (activation reads the version from the row) or busy: the row alone moves;
            // the router gets the new profile from whichever step writes its entries next
            lifecycle.recordPlan(number, plans.version(planId, version));
            return;
        }
        startChange(number, PlanChangeVariables.PROCESS_KEY, Map.of(PlanChangeVariables.PLAN_ID, planId,
                PlanChangeVariables.PLAN_VERSION, version), "subscription.plan-revision.applied");
    }

    private void startChange(String number, String processKey, Map<String, Object> variables, String action) {
        if (anyChangeRunning(number)) {
            throw InvalidInputException.of("status", "subscription.busy");
        }
        audit.record(AuditRecord.of(action, SubscriptionLifecycle.subject(number)).withAfter(variables));
        start(processKey, number, variables);
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The row, when the caller may see it: staff any, a customer only their own. */
    private Row visible(String number) {
        Row row = store.find(number).orElseThrow(() -> new NoSuchElementException("No subscription " + number));
        if (isCustomer() && row.subscription().customerId() != customers.mine().id()) {
            throw new NoSuchElementException("No subscription " + number);
        }
        return row;
    }

    private void start(String processKey, String number, Map<String, Object> variables) {
        if (isCustomer()) {
            // the process starter is for staff; a customer's own request is started by Arus on their behalf
            SystemIdentity.run("subscription-portal", () -> processes.start(processKey, number, variables));
        } else {
            processes.start(processKey, number, variables);
        }
    }

    private boolean running(String number, String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(number)
                .count() > 0;
    }

    private boolean anyChangeRunning(String number) {
        return runtime.createProcessInstanceQuery().processDefinitionKeyIn(CHANGE_PROCESSES.toArray(String[]::new))
                .processInstanceBusinessKey(number).count() > 0;
    }

    private static void requireStatus(Subscription s, SubscriptionStatus... allowed) {
        if (!Set.of(allowed).contains(s.status())) {
            throw InvalidInputException.of("status", "subscription.status." + s.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static boolean isCustomer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> Role.CUSTOMER.authority().equals(a.getAuthority()));
    }

    private static void check(Map<String, List<String>> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, List.of("subscription." + field + ".required"));
            }
        } else if (value.trim().length() > max) {
            errors.put(field, List.of("subscription." + field + ".tooLong"));
        }
    }

    private static void check(String value, String field, int max) {
        if (value != null && value.trim().length() > max) {
            throw InvalidInputException.of(field, "subscription." + field + ".tooLong");
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
