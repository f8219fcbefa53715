package id.arus.catalog.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanRevised;
import id.arus.catalog.PlanStatus;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan catalogue on PostgreSQL. A change of the terms a subscriber pays for or gets (type, speed, burst,
 * price, tax, cycle, prepaid) becomes a new immutable version; a change of name, installation fee or the
 * template flag does not, because it changes nothing already sold.
 */
@Service
class JdbcPlanCatalog implements PlanCatalog {

    private final PlanStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    JdbcPlanCatalog(PlanStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Open without signing in: the portal's sign-up page lists these. */
    @Override
    @Transactional(readOnly = true)
    public List<Plan> sellable() {
        return store.findSellable();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Plan> list(boolean includeArchived) {
        return store.findAll(includeArchived);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Plan get(long planId) {
        return store.findById(planId).orElseThrow(() -> new NoSuchElementException("No plan with id " + planId));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Plan> findByCode(String code) {
        return code == null ? Optional.empty() : store.findByCode(PlanRules.normaliseCode(code));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Plan version(long planId, int version) {
        return store.findVersion(planId, version)
                .orElseThrow(() -> new NoSuchElementException("No version " + version + " of plan " + planId));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Plan create(PlanForm form) {
        PlanForm valid = PlanRules.validate(form);
        if (store.codeTaken(valid.code())) {
            throw InvalidInputException.of("code", "catalog.error.code.taken");
        }
        long id;
        try {
            id = store.insert(valid, actor());
        } catch (DuplicateKeyException raced) {
            // another request created the same code between the check above and this insert
            throw InvalidInputException.of("code", "catalog.error.code.taken");
        }
        Plan created = get(id);
        audit.record(AuditRecord.of("catalog.plan.created", subject(created)).withAfter(snapshot(created)));
        return created;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Plan update(long planId, PlanForm form, boolean applyToExisting) {
        Plan before = store.lock(planId).orElseThrow(() -> new NoSuchElementException("No plan with id " + planId));
        PlanForm valid = PlanRules.validate(form);
        if (!valid.code().equals(before.code())) {
            // the code names the router profiles of every version (arus-<code>-v<n>), so it never changes
            throw InvalidInputException.of("code", "catalog.error.code.immutable");
        }
        boolean newTerms = termsDiffer(before, valid);
        if (!newTerms && before.name().equals(valid.name()) && fee(valid).equals(before.installationFee())
                && before.template() == valid.template()) {
            return before;
        }
        Integer newVersion = newTerms ? before.version() + 1 : null;
        store.update(planId, valid, newVersion, actor());
        Plan after = get(planId);
        audit.record(AuditRecord.of(newTerms ? "catalog.plan.revised" : "catalog.plan.changed", subject(after))
                .withBefore(snapshot(before)).withAfter(snapshot(after))
                .withDetail(newTerms ? "version " + after.version() + (applyToExisting ? ", applied to existing subscriptions"
                        : ", new subscriptions only") : null));
        if (newTerms) {
            events.publishEvent(new PlanRevised(planId, after.version(), applyToExisting));
        }
        return after;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Plan archive(long planId) {
        return changeStatus(planId, PlanStatus.ARCHIVED, "catalog.plan.archived");
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Plan restore(long planId) {
        return changeStatus(planId, PlanStatus.ACTIVE, "catalog.plan.restored");
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Plan cloneFrom(long sourcePlanId, String newCode, String newName) {
        Plan source = get(sourcePlanId);
        Plan created = create(new PlanForm(newCode, newName, source.type(), source.downloadKbps(), source.uploadKbps(),
                source.burst(), source.price(), source.taxInclusive(), source.cycle(), source.prepaid(),
                source.installationFee(), false));
        audit.record(AuditRecord.of("catalog.plan.cloned", subject(created)).withDetail("from " + source.code()));
        return created;
    }

    private Plan changeStatus(long planId, PlanStatus status, String action) {
        Plan before = store.lock(planId).orElseThrow(() -> new NoSuchElementException("No plan with id " + planId));
        if (before.status() == status) {
            return before;
        }
        store.setStatus(planId, status);
        Plan after = get(planId);
        audit.record(AuditRecord.of(action, subject(after))
                .withBefore(Map.of("status", before.status())).withAfter(Map.of("status", after.status())));
        return after;
    }

    /** Whether the form changes anything a subscriber on the current version was sold. */
    static boolean termsDiffer(Plan current, PlanForm form) {
        return current.type() != form.type() || current.downloadKbps() != form.downloadKbps()
                || current.uploadKbps() != form.uploadKbps() || !Objects.equals(current.burst(), form.burst())
                || !current.price().equals(form.price()) || current.taxInclusive() != form.taxInclusive()
                || current.cycle() != form.cycle() || current.prepaid() != form.prepaid();
    }

    private static Money fee(PlanForm form) {
        return form.installationFee() == null ? Money.ZERO : form.installationFee();
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditRecord.SYSTEM : auth.getName();
    }

    private static String subject(Plan plan) {
        return "plan:" + plan.code();
    }

    private static Map<String, Object> snapshot(Plan plan) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", plan.name());
        values.put("version", plan.version());
        values.put("type", plan.type());
        values.put("rateLimit", plan.rateLimit());
        values.put("price", plan.price().rupiah());
        values.put("taxInclusive", plan.taxInclusive());
        values.put("cycle", plan.cycle());
        values.put("prepaid", plan.prepaid());
        values.put("installationFee", plan.installationFee().rupiah());
        values.put("status", plan.status());
        values.put("template", plan.template());
        return values;
    }
}
