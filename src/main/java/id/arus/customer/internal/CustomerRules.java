package id.arus.customer.internal;

import id.arus.customer.CustomerForm;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a customer form field by field and collects every problem at once (so a form or an import row
 * shows all of them), as message keys of the {@code customer} bundle. Uniqueness of the NIK needs the
 * database and is checked by the caller.
 */
public final class CustomerRules {

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 500;
    static final int MAX_NOTES = 2000;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private CustomerRules() {
    }

    /**
     * @param categoryAllowed whether a category code may be used (it exists and is active, or it is the one
     *                        the customer already has)
     */
    public static ValidCustomer validate(CustomerForm form, Predicate<String> categoryAllowed) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = trim(form.name());
        if (name == null) {
            add(errors, "name", "customer.name.required");
        } else if (name.length() > MAX_NAME) {
            add(errors, "name", "customer.name.tooLong");
        }
        String nik = Nik.strip(form.nik());
        String nikProblem = Nik.problem(nik);
        if (nikProblem != null) {
            add(errors, "nik", nikProblem);
        }
        String phone = null;
        if (trim(form.phone()) == null) {
            add(errors, "phone", "customer.phone.required");
        } else {
            phone = MobileNumbers.normalise(form.phone()).orElse(null);
            if (phone == null) {
                add(errors, "phone", "customer.phone.invalid");
            }
        }
        String email = trim(form.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            add(errors, "email", "customer.email.invalid");
        }
        String address = trim(form.address());
        if (address == null) {
            add(errors, "address", "customer.address.required");
        } else if (address.length() > MAX_ADDRESS) {
            add(errors, "address", "customer.address.tooLong");
        }
        String category = trim(form.category());
        if (category == null) {
            add(errors, "category", "customer.category.required");
        } else if (!categoryAllowed.test(category)) {
            add(errors, "category", "customer.category.unknown");
        }
        String notes = trim(form.notes());
        if (notes != null && notes.length() > MAX_NOTES) {
            add(errors, "notes", "customer.notes.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ValidCustomer(name, nik, phone, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                address, form.location(), category, notes);
    }

    private static void add(Map<String, List<String>> errors, String field, String key) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
