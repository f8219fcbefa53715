package id.arus.customer.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.CategoryOverview;
import id.arus.customer.CustomerCategories;
import id.arus.customer.CustomerCategory;
import id.arus.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CategoryService implements CustomerCategories {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
    private static final int MAX_NAME = 60;

    private final CategoryStore store;
    private final AuditTrail audit;

    CategoryService(CategoryStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'FINANCE', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public List<CategoryOverview> overview() {
        return store.overview();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CustomerCategory add(String code, String name) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw InvalidInputException.of("code", "customerCategory.code.invalid");
        }
        if (store.exists(c)) {
            throw InvalidInputException.of("code", "customerCategory.code.taken");
        }
        String n = checkedName(name, c);
        store.insert(c, n);
        audit.record(AuditRecord.of("customer.category.added", "category:" + c).withAfter(Map.of("code", c, "name", n)));
        return new CustomerCategory(c, n, false);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CustomerCategory rename(String code, String name) {
        CategoryOverview current = existing(code);
        String n = checkedName(name, code);
        store.rename(code, n);
        audit.record(AuditRecord.of("customer.category.renamed", "category:" + code)
                .withBefore(Map.of("name", current.category().name())).withAfter(Map.of("name", n)));
        return new CustomerCategory(code, n, current.category().builtIn());
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(String code) {
        CategoryOverview current = existing(code);
        if (current.category().builtIn()) {
            throw InvalidInputException.of("code", "customerCategory.builtIn");
        }
        if (current.active()) {
            store.setActive(code, false);
            audit.record(AuditRecord.of("customer.category.deactivated", "category:" + code));
        }
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void activate(String code) {
        CategoryOverview current = existing(code);
        if (!current.active()) {
            store.setActive(code, true);
            audit.record(AuditRecord.of("customer.category.activated", "category:" + code));
        }
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void remove(String code) {
        CategoryOverview current = existing(code);
        if (current.category().builtIn()) {
            throw InvalidInputException.of("code", "customerCategory.builtIn");
        }
        if (current.customers() > 0) {
            throw InvalidInputException.of("code", "customerCategory.inUse");
        }
        store.delete(code);
        audit.record(AuditRecord.of("customer.category.removed", "category:" + code)
                .withBefore(Map.of("name", current.category().name())));
    }

    private CategoryOverview existing(String code) {
        return store.find(code).orElseThrow(() -> new NoSuchElementException("No customer category " + code));
    }

    private String checkedName(String name, String code) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "customerCategory.name.invalid");
        }
        if (store.nameTaken(n, code)) {
            throw InvalidInputException.of("name", "customerCategory.name.taken");
        }
        return n;
    }
}
