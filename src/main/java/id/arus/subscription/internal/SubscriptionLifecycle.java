package id.arus.subscription.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.catalog.Plan;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.ServiceSummary;
import id.arus.settings.OperatorZone;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionActivated;
import id.arus.subscription.SubscriptionPlanChanged;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SubscriptionSuspended;
import id.arus.subscription.SubscriptionTerminated;
import id.arus.subscription.SubscriptionUnsuspended;
import id.arus.subscription.SuspensionReason;
import id.arus.subscription.internal.SubscriptionStore.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of a subscription's row that its processes make, each with its history line, audit entry,
 * event and the customer module's summary kept current. Not authorised here: the callers are the
 * authorised service and the process steps, which run as the system identity.
 */
@Component
class SubscriptionLifecycle {

    private final SubscriptionStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CustomerDirectory customers;
    private final OperatorZone zone;

    SubscriptionLifecycle(SubscriptionStore store, AuditTrail audit, ApplicationEventPublisher events,
                          CustomerDirectory customers, OperatorZone zone) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.customers = customers;
        this.zone = zone;
    }

    /** The row, locked for the rest of the step's transaction. */
    @Transactional
    public Row lock(String number) {
        return store.lock(number).orElseThrow(() -> new NoSuchElementException("No subscription " + number));
    }

    @Transactional(readOnly = true)
    public Row find(String number) {
        return store.find(number).orElseThrow(() -> new NoSuchElementException("No subscription " + number));
    }

    /** Records a status and tells the rest of Arus; recording the status it already has changes nothing. */
    @Transactional
    public Subscription recordStatus(String number, SubscriptionStatus status, String reason) {
        Row row = lock(number);
        Subscription before = row.subscription();
        if (before.status() == status) {
            return before;
        }
        store.setStatus(before.id(), status, reason);
        change(before, "status", before.status() + " → " + status + (reason == null || reason.isBlank() ? "" : ": " + reason));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(AuditRecord.of("subscription.status.changed", subject(number))
                .withBefore(Map.of("status", before.status().name())).withAfter(after));
        switch (status) {
            case ACTIVE -> events.publishEvent(before.status() == SubscriptionStatus.SUSPENDED
                    ? new SubscriptionUnsuspended(number, before.customerId())
                    : new SubscriptionActivated(number, before.customerId(), before.planId()));
            case SUSPENDED -> events.publishEvent(new SubscriptionSuspended(number, before.customerId(),
                    row.suspensionReason() == null ? SuspensionReason.CUSTOMER_REQUEST : row.suspensionReason()));
            case TERMINATED -> events.publishEvent(new SubscriptionTerminated(number, before.customerId()));
            default -> { }
        }
        Subscription now = find(number).subscription();
        inform(now);
        return now;
    }

    @Transactional
    public void isolate(String number, boolean isolated, SuspensionReason reason) {
        Row row = lock(number);
        if (row.isolated() == isolated) {
            return;
        }
        store.setIsolation(row.subscription().id(), isolated, isolated ? reason : null);
        change(row.subscription(), "isolation", isolated ? "isolir: " + reason : "isolir dibuka");
        audit.record(AuditRecord.of(isolated ? "subscription.isolated" : "subscription.restored", subject(number))
                .withAfter(isolated ? Map.of("reason", String.valueOf(reason)) : Map.of("isolated", false)));
    }

    @Transactional
    public void placeOn(String number, long nasId) {
        Row row = lock(number);
        Subscription s = row.subscription();
        if (s.nasId() != null && s.nasId() == nasId) {
            return;
        }
        store.setNas(s.id(), nasId, s.address());
        change(s, "nas", (s.nasId() == null ? "-" : "NAS " + s.nasId()) + " → NAS " + nasId);
        audit.record(AuditRecord.of("subscription.nas.changed", subject(number))
                .withBefore(s.nasId() == null ? null : Map.of("nasId", s.nasId())).withAfter(Map.of("nasId", nasId)));
        inform(find(number).subscription());
    }

    @Transactional
    public void setAddress(String number, String address) {
        Row row = lock(number);
        Subscription s = row.subscription();
        if (java.util.Objects.equals(s.address(), address)) {
            return;
        }
        store.setAddress(s.id(), address);
        change(s, "address", (s.address() == null ? "-" : s.address()) + " → " + (address == null ? "-" : address));
        audit.record(AuditRecord.of("subscription.address.changed", subject(number))
                .withBefore(s.address() == null ? null : Map.of("address", s.address()))
                .withAfter(address == null ? null : Map.of("address", address)));
    }

    @Transactional
    public void setCredentials(String number, String login, String encryptedPassword) {
        Row row = lock(number);
        store.setCredentials(row.subscription().id(), login, encryptedPassword);
        change(row.subscription(), "credentials", "login " + login + ", sandi baru");
        audit.record(AuditRecord.of("subscription.credentials.set", subject(number))
                .withAfter(Map.of("login", login, "password", "***")));
    }

    @Transactional
    public void recordPlan(String number, Plan plan) {
        Row row = lock(number);
        Subscription s = row.subscription();
        if (s.planId() == plan.id() && s.planVersion() == plan.version()) {
            return;
        }
        store.setPlan(s.id(), plan.id(), plan.version(), plan.type());
        long changeId = change(s, "plan", "plan " + s.planId() + " v" + s.planVersion() + " → " + plan.code() + " v" + plan.version());
        audit.record(AuditRecord.of("subscription.plan.changed", subject(number))
                .withBefore(Map.of("planId", s.planId(), "version", s.planVersion()))
                .withAfter(Map.of("planId", plan.id(), "version", plan.version(), "code", plan.code())));
        // billing adjusts the current period from this day (pro-rata); the history entry keys the change
        Instant now = Instant.now();
        events.publishEvent(new SubscriptionPlanChanged(changeId, number, s.customerId(), s.planId(), s.planVersion(),
                plan.id(), plan.version(), now, LocalDate.ofInstant(now, zone.zone())));
        inform(find(number).subscription());
    }

    @Transactional
    public void recordInstallation(String number, Installation installation) {
        Row row = lock(number);
        Subscription s = row.subscription();
        store.setInstallation(s.id(), installation.cpeSerial(), installation.cpeModel(), installation.date(),
                installation.location(), installation.distributionPointId());
        change(s, "cpe", "CPE " + installation.cpeSerial() + " (" + installation.cpeModel() + ")"
                + (installation.odpCode() == null ? "" : ", ODP " + installation.odpCode()));
        audit.record(AuditRecord.of("subscription.installed", subject(number)).withAfter(installation));
    }

    /** A history line in the subscription's own log, by the signed-in user or system job. */
    long change(Subscription s, String what, String detail) {
        return store.addChange(s.id(), actor(), what, detail);
    }

    /** Keeps the customer module's view of the service current (it searches customers by it). */
    void inform(Subscription s) {
        SystemIdentity.run("subscription", () -> customers.recordService(s.customerId(),
                new ServiceSummary(s.number(), s.status().name(), s.nasId(), s.planId())));
    }

    static String subject(String number) {
        return "subscription:" + number;
    }

    static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? AuditRecord.SYSTEM : auth.getName();
    }

    /** What the technician recorded at installation. */
    record Installation(java.time.LocalDate date, String cpeSerial, String cpeModel, id.arus.shared.GeoPoint location,
                        String odpCode, Long distributionPointId) {
    }
}
