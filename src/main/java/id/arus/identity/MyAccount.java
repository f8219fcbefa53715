package id.arus.identity;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.identity.internal.ApiTokenStore;
import id.arus.identity.internal.Tokens;
import id.arus.identity.internal.UserRules;
import id.arus.identity.internal.UserStore;
import id.arus.identity.internal.UserStore.StoredUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own account: profile, password and personal access tokens. Every method acts
 * on the caller only, so any signed-in user (customers too) may use it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    /** API tokens start with this, so a leaked one is recognisable (and secret scanners can match it). */
    public static final String TOKEN_PREFIX = "arus_";

    private final UserStore users;
    private final ApiTokenStore tokens;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    MyAccount(UserStore users, ApiTokenStore tokens, PasswordEncoder passwords, AuditTrail audit) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public UserSummary profile() {
        return me().summary();
    }

    @Transactional
    public UserSummary updateProfile(ProfileChanges changes) {
        StoredUser before = me();
        UserRules rules = new UserRules();
        String fullName = changes.fullName() == null ? before.fullName() : rules.fullName(changes.fullName());
        String email = changes.email() == null ? before.email() : rules.email(changes.email());
        String phone = changes.phone() == null ? before.phone() : rules.phone(changes.phone());
        String language = changes.language() == null ? before.language() : rules.language(changes.language());
        if (!email.equalsIgnoreCase(before.email())
                && users.findByEmail(email).filter(other -> other.id() != before.id()).isPresent()) {
            rules.add("email", "user.email.taken");
        }
        rules.throwIfInvalid();
        users.updateProfile(before.id(), fullName, email, phone, language);
        StoredUser after = users.findById(before.id()).orElseThrow();
        audit.record(AuditRecord.of("identity.profile.updated", "user:" + before.username())
                .withBefore(profileOf(before)).withAfter(profileOf(after)));
        return after.summary();
    }

    /** The current password is required, so an unattended signed-in screen cannot be used to take the account over. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        StoredUser user = me();
        UserRules rules = new UserRules();
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            rules.add("currentPassword", "password.currentWrong");
        }
        rules.password("newPassword", newPassword, user.username(), user.email());
        if (!rules.hasErrors() && passwords.matches(newPassword, user.passwordHash())) {
            rules.add("newPassword", "password.unchanged");
        }
        if (rules.hasErrors()) {
            audit.record(AuditRecord.of("identity.password.change-refused", "user:" + user.username()));
        }
        rules.throwIfInvalid();
        users.setPasswordHash(user.id(), passwords.encode(newPassword));
        audit.record(AuditRecord.of("identity.password.changed", "user:" + user.username())
                .withBefore(Map.of("password", "***")).withAfter(Map.of("password", "***")));
    }

    @Transactional(readOnly = true)
    public List<AccessToken> tokens() {
        return tokens.findByUser(me().id());
    }

    /** Creates a token; its secret is in the result and nowhere else. {@code expiresAt} null: no expiry. */
    @Transactional
    public CreatedAccessToken createToken(String name, Instant expiresAt) {
        StoredUser user = me();
        UserRules rules = new UserRules();
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            rules.add("name", "token.name.required");
        } else if (trimmed.length() > 100) {
            rules.add("name", "token.name.tooLong");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            rules.add("expiresAt", "token.expiry.past");
        }
        rules.throwIfInvalid();
        String secret = Tokens.newSecret(TOKEN_PREFIX);
        String prefix = secret.substring(0, TOKEN_PREFIX.length() + 6);
        long id = tokens.insert(user.id(), trimmed, Tokens.sha256(secret), prefix, expiresAt);
        AccessToken token = tokens.findByUserAndId(user.id(), id).orElseThrow();
        audit.record(AuditRecord.of("identity.token.created", "user:" + user.username())
                .withAfter(Map.of("token", id, "name", trimmed, "prefix", prefix,
                        "expiresAt", Objects.toString(expiresAt, "never"))));
        return new CreatedAccessToken(token, secret);
    }

    /** Revokes one of the caller's tokens; someone else's token is reported as not found. */
    @Transactional
    public void revokeToken(long tokenId) {
        StoredUser user = me();
        AccessToken token = tokens.findByUserAndId(user.id(), tokenId)
                .orElseThrow(() -> new UserNotFoundException("Token " + tokenId));
        if (tokens.revoke(user.id(), tokenId)) {
            audit.record(AuditRecord.of("identity.token.revoked", "user:" + user.username())
                    .withBefore(Map.of("token", tokenId, "name", token.name(), "revoked", false))
                    .withAfter(Map.of("token", tokenId, "name", token.name(), "revoked", true)));
        }
    }

    private StoredUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return users.findByUsername(auth.getName())
                .orElseThrow(() -> new UserNotFoundException("User " + auth.getName()));
    }

    private static Map<String, Object> profileOf(StoredUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", u.fullName());
        m.put("email", u.email());
        m.put("phone", Objects.toString(u.phone(), ""));
        m.put("language", u.language());
        return m;
    }
}
