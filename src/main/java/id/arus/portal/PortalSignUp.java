package id.arus.portal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.identity.CustomerAccounts;
import id.arus.identity.CustomerSignUp;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer signs up from the portal: their account, their customer record and the onboarding of their
 * first service are created in one database transaction (the process engine shares it), so if any step
 * refuses (a taken NIK, an invalid phone, a plan no longer sold) nothing of the others stays and the
 * customer simply corrects the form and sends it again.
 */
@Service
public class PortalSignUp {

    static final String DEFAULT_CATEGORY = "residential";
    private static final int MAX_SITE = 100;

    private final CustomerAccounts accounts;
    private final CustomerDirectory customers;
    private final SubscriptionManagement subscriptions;

    PortalSignUp(CustomerAccounts accounts, CustomerDirectory customers, SubscriptionManagement subscriptions) {
        this.accounts = accounts;
        this.customers = customers;
        this.subscriptions = subscriptions;
    }

    /**
     * Registers the customer and starts onboarding; the caller signs the returned identity in.
     *
     * @param clientAddress where the request came from (sign-ups are rate-limited per address)
     * @throws InvalidInputException with the fields to correct; nothing was created
     */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public SignedUp register(PortalRegistration form, String clientAddress) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (!form.consented()) {
            add(errors, "consent", "portal.signup.consent.required");
        }
        if (form.planId() == null) {
            add(errors, "planId", "portal.signup.plan.required");
        }
        String site = form.site() == null ? "" : form.site().strip();
        if (site.isEmpty()) {
            add(errors, "site", "portal.signup.site.required");
        } else if (site.length() > MAX_SITE) {
            add(errors, "site", "portal.signup.site.tooLong");
        }
        GeoPoint location = null;
        try {
            location = location(form.location());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((f, keys) -> keys.forEach(k -> add(errors, f, k)));
        }
        try {
            accounts.register(new CustomerSignUp(form.username(), form.fullName(), form.email(), form.phone(),
                    form.password(), form.passwordRepeat(), form.language()), clientAddress);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((f, keys) -> keys.forEach(k -> add(errors, f, k)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String username = form.username().strip().toLowerCase(java.util.Locale.ROOT);
        // throws, and so rolls the account back, when the customer module refuses a field (NIK, phone...)
        Customer customer = customers.createForAccount(new CustomerForm(form.fullName(), form.nik(), form.phone(),
                form.email(), form.address(), location, DEFAULT_CATEGORY, null), username);
        Authentication customerIdentity = accounts.authenticate(username, form.password());
        Subscription subscription = asCustomer(customerIdentity,
                () -> subscriptions.registerMine(form.planId(), site, form.address(), customer.location()));
        return new SignedUp(customer.code(), subscription.number(), customerIdentity);
    }

    /**
     * Reads a location typed as {@code -6.9147,107.6098}; blank is no location (picked later or at installation).
     *
     * @throws InvalidInputException on the field {@code location} when it is no pair of coordinates
     */
    public static GeoPoint location(String text) {
        return GeoPoint.parse(text, "portal.signup.location.invalid");
    }

    /** Runs the step as the customer who just registered: onboarding is the customer's own request. */
    private static <T> T asCustomer(Authentication identity, java.util.function.Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(identity);
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static void add(Map<String, List<String>> errors, String field, String key) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
