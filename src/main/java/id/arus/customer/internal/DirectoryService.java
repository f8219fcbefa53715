package id.arus.customer.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.Customer;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerQuery;
import id.arus.customer.CustomerStatus;
import id.arus.customer.ServiceSummary;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer directory. A CUSTOMER who asks for anyone else's record is told it does not exist (never
 * "forbidden"), so customer codes cannot be probed from the portal.
 */
@Service
class DirectoryService implements CustomerDirectory {

    static final String STAFF = "hasAnyRole('ADMIN', 'NOC', 'FINANCE', 'TECHNICIAN', 'CS')";
    static final String STAFF_OR_CUSTOMER = "hasAnyRole('ADMIN', 'NOC', 'FINANCE', 'TECHNICIAN', 'CS', 'CUSTOMER')";
    /** Search results per call at most, whatever the caller asks for. */
    static final int MAX_PAGE = 500;

    private final CustomerStore store;
    private final CategoryStore categories;
    private final AuditTrail audit;

    DirectoryService(CustomerStore store, CategoryStore categories, AuditTrail audit) {
        this.store = store;
        this.categories = categories;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public Customer create(CustomerForm form) {
        return insert(form, null);
    }

    /**
     * Open to anonymous callers because the portal's sign-up runs before the account signs in; a signed-in
     * CUSTOMER is neither anonymous nor staff, so they cannot add a second record for themselves.
     */
    @Override
    @PreAuthorize("isAnonymous() or hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public Customer createForAccount(CustomerForm form, String username) {
        if (username == null || username.isBlank()) {
            throw InvalidInputException.of("username", "customer.account.required");
        }
        if (store.usernameLinked(username)) {
            throw InvalidInputException.of("username", "customer.account.linked");
        }
        return insert(form, username);
    }

    /** Validates and stores a new customer; also the path of every imported row. */
    Customer insert(CustomerForm form, String username) {
        ValidCustomer valid = CustomerRules.validate(form, categories::isActive);
        requireUniqueNik(valid.nik(), null);
        long id;
        try {
            id = store.insert(store.nextCode(), valid, username);
        } catch (DuplicateKeyException raced) {
            // another request stored the same NIK (or linked the same account) between the check and the insert
            // (the transaction is aborted now, so the constraint's name tells which one it was)
            boolean account = String.valueOf(raced.getMessage()).contains("customer_username_key");
            throw account ? InvalidInputException.of("username", "customer.account.linked")
                    : InvalidInputException.of("nik", "customer.nik.duplicate");
        }
        Customer created = store.findById(id).orElseThrow();
        audit.record(AuditRecord.of("customer.created", subject(created)).withAfter(auditView(created)));
        return created;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public Customer update(String code, CustomerForm form) {
        Customer before = store.findByCode(code).orElseThrow(() -> unknown(code));
        ValidCustomer valid = CustomerRules.validate(form,
                category -> category.equals(before.category()) || categories.isActive(category));
        return save(before, valid, "customer.updated");
    }

    private Customer save(Customer before, ValidCustomer valid, String action) {
        requireUniqueNik(valid.nik(), before.id());
        try {
            store.update(before.id(), valid);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("nik", "customer.nik.duplicate");
        }
        Customer after = store.findById(before.id()).orElseThrow();
        audit.record(AuditRecord.of(action, subject(after)).withBefore(auditView(before)).withAfter(auditView(after)));
        return after;
    }

    private void requireUniqueNik(String nik, Long exceptId) {
        if (store.codeHoldingNik(nik, exceptId).isPresent()) {
            throw InvalidInputException.of("nik", "customer.nik.duplicate");
        }
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Customer get(String code) {
        return findByCode(code).orElseThrow(() -> unknown(code));
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Optional<Customer> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return store.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT)).filter(DirectoryService::visible);
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Customer getById(long id) {
        return store.findById(id).filter(DirectoryService::visible)
                .orElseThrow(() -> new NoSuchElementException("No customer with id " + id));
    }

    /** Staff see everyone; a customer sees only the record linked to their account. */
    static boolean visible(Customer customer) {
        return Role.callerIsStaff() || Caller.username().equals(customer.username());
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<Customer> search(CustomerQuery query, int offset, int limit) {
        return store.search(query, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public long count(CustomerQuery query) {
        return store.count(query);
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional(readOnly = true)
    public Customer mine() {
        return store.findByUsername(Caller.username())
                .orElseThrow(() -> new NoSuchElementException("No customer record for this account"));
    }

    /**
     * A customer changes their contact details: phone, email, address and location. Name, NIK and category
     * stay as customer service verified them against the KTP.
     */
    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional
    public Customer updateMine(CustomerForm form) {
        Customer before = mine();
        CustomerForm contact = new CustomerForm(before.name(), before.nik(), form.phone(), form.email(),
                form.address(), form.location(), before.category(), before.notes());
        ValidCustomer valid = CustomerRules.validate(contact, category -> category.equals(before.category()));
        return save(before, valid, "customer.updated.byCustomer");
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional
    public void recordService(long customerId, ServiceSummary service) {
        if (service == null || service.subscriptionNumber() == null || service.subscriptionNumber().isBlank()
                || service.status() == null) {
            throw InvalidInputException.of("service", "customer.service.invalid");
        }
        Customer customer = store.findById(customerId)
                .orElseThrow(() -> new NoSuchElementException("No customer with id " + customerId));
        store.upsertService(customerId, service);
        CustomerStatus status = StatusDerivation.of(store.services(customerId));
        if (status != customer.status()) {
            store.setStatus(customerId, status);
            audit.record(AuditRecord.of("customer.status.changed", subject(customer))
                    .withBefore(Map.of("status", customer.status().name()))
                    .withAfter(Map.of("status", status.name()))
                    .withDetail(service.subscriptionNumber() + " " + service.status()));
        }
    }

    @Override
    @PreAuthorize(STAFF_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public List<ServiceSummary> services(String code) {
        return store.services(get(code).id());
    }

    @Override
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<CustomerPin> pins(CustomerQuery query) {
        return store.pins(query);
    }

    /** Not secret: the portal's sign-up form offers them before anyone signs in. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CustomerCategory> categories() {
        return categories.active();
    }

    static String subject(Customer customer) {
        return "customer:" + customer.code();
    }

    static NoSuchElementException unknown(String code) {
        return new NoSuchElementException("No customer " + code);
    }

    /** The customer as the audit trail keeps it: the NIK masked, nothing else held back. */
    static Map<String, Object> auditView(Customer c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", c.code());
        view.put("name", c.name());
        view.put("nik", Nik.masked(c.nik()));
        view.put("phone", c.phone());
        view.put("email", c.email());
        view.put("address", c.address());
        view.put("location", c.location() == null ? null : c.location().format());
        view.put("category", c.category());
        view.put("notes", c.notes());
        view.put("username", c.username());
        return view;
    }
}
