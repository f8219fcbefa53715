package id.arus.identity;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.identity.internal.SlidingWindowLimiter;
import id.arus.identity.internal.UserRules;
import id.arus.identity.internal.UserStore;
import id.arus.identity.internal.UserStore.StoredUser;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-registration of customers from the portal: anyone not signed in may create an account, which only
 * ever gets the CUSTOMER role. The same rules as every other account apply (user name, e-mail, Indonesian
 * phone, the password policy), and one client address may try at most
 * {@code arus.identity.signup.rate-limit-attempts} times per {@code arus.identity.signup.rate-limit-window}
 * (default 5 per hour), so the form cannot be used to mass-create accounts or probe which names exist.
 * Registration joins the caller's transaction: the portal creates the account, the customer record and
 * the first service together, and a failure later on removes the account again.
 */
@Service
public class CustomerAccounts {

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final UserDetailsService userDetails;
    private final AuditTrail audit;
    private final SlidingWindowLimiter addressLimiter;

    CustomerAccounts(UserStore users, PasswordEncoder passwords, UserDetailsService userDetails, AuditTrail audit,
                     @Value("${arus.identity.signup.rate-limit-attempts:5}") int attempts,
                     @Value("${arus.identity.signup.rate-limit-window:1h}") Duration window) {
        this.users = users;
        this.passwords = passwords;
        this.userDetails = userDetails;
        this.audit = audit;
        this.addressLimiter = new SlidingWindowLimiter(attempts, window, Clock.systemUTC());
    }

    /**
     * Creates an active CUSTOMER account.
     *
     * @param clientAddress the address the request came from, for the rate limit and the audit trail
     * @throws InvalidInputException with every field problem at once, or {@code signup} /
     *                               {@code signup.limited} when the address tried too often
     */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public UserSummary register(CustomerSignUp signUp, String clientAddress) {
        String address = Objects.requireNonNullElse(clientAddress, "unknown");
        if (!addressLimiter.tryAcquire(address)) {
            audit.record(AuditRecord.by("anonymous", "identity.signup.rate-limited", "address:" + address));
            throw InvalidInputException.of("signup", "signup.limited");
        }
        UserRules rules = new UserRules();
        String username = rules.username(signUp.username());
        String fullName = rules.fullName(signUp.fullName());
        String email = rules.email(signUp.email());
        String phone = rules.phone(signUp.phone());
        String language = rules.language(signUp.language());
        rules.password("password", signUp.password(), username, email);
        if (signUp.password() != null && !signUp.password().equals(signUp.passwordRepeat())) {
            rules.add("passwordRepeat", "signup.password.mismatch");
        }
        if (!username.isEmpty() && users.findByUsername(username).isPresent()) {
            rules.add("username", "user.username.taken");
        }
        if (!email.isEmpty() && users.findByEmail(email).isPresent()) {
            rules.add("email", "user.email.taken");
        }
        rules.throwIfInvalid();
        long id = users.insert(username, email, fullName, phone, language, passwords.encode(signUp.password()),
                Set.of(Role.CUSTOMER));
        StoredUser created = users.findById(id).orElseThrow();
        audit.record(AuditRecord.by(username, "identity.customer.registered", "user:" + username)
                .withAfter(UserManagement.snapshot(created)).withDetail("from " + address));
        return created.summary();
    }

    /**
     * Checks the password the customer just chose and returns their authenticated identity, so the portal
     * can sign them in right after registering without asking again. Nothing else is trusted: a wrong
     * password, an unknown or inactive account is refused.
     *
     * @throws BadCredentialsException when the password does not match or the account cannot sign in
     */
    @PreAuthorize("isAnonymous()")
    @Transactional(readOnly = true)
    public Authentication authenticate(String username, String password) {
        UserDetails user;
        try {
            user = userDetails.loadUserByUsername(username);
        } catch (RuntimeException e) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (password == null || !user.isEnabled() || !user.isAccountNonLocked() || !passwords.matches(password, user.getPassword())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

}
