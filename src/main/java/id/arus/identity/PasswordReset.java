package id.arus.identity;

import id.arus.shared.InvalidInputException;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.identity.internal.ResetTokenStore;
import id.arus.identity.internal.SlidingWindowLimiter;
import id.arus.identity.internal.Tokens;
import id.arus.identity.internal.UserRules;
import id.arus.identity.internal.UserStore;
import id.arus.identity.internal.UserStore.StoredUser;
import id.arus.notification.MailFailedException;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.shell.ArusI18n;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password" for people who are not signed in, so deliberately callable anonymously. The
 * answer to a request never tells whether the address belongs to an account.
 */
@Service
public class PasswordReset {

    public static final Duration VALIDITY = Duration.ofHours(1);
    /** Reset mails per account and hour: enough for a mistyped or lost mail, too few to flood a mailbox. */
    static final int MAILS_PER_HOUR = 5;
    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final UserStore users;
    private final ResetTokenStore resetTokens;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final String publicUrl;
    private final SlidingWindowLimiter mailsPerAccount =
            new SlidingWindowLimiter(MAILS_PER_HOUR, Duration.ofHours(1), java.time.Clock.systemUTC());

    PasswordReset(UserStore users, ResetTokenStore resetTokens, PasswordEncoder passwords, Mailer mailer,
                  AuditTrail audit, MessageSource messages, TransactionTemplate transactions,
                  @Value("${arus.public-url:http://localhost:8080}") String publicUrl) {
        this.users = users;
        this.resetTokens = resetTokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /**
     * Sends a reset link if an active account has this address. Returns normally in every case (also
     * when the mail server is down, which is logged and audited), so the caller always shows the same
     * answer.
     */
    public void requestReset(String email) {
        Optional<StoredUser> found = users.findByEmail(email == null ? "" : email.trim()).filter(StoredUser::active);
        if (found.isEmpty()) {
            audit.record(AuditRecord.by("anonymous", "identity.password-reset.unknown-address", null)
                    .withDetail("no active account for the given address"));
            return;
        }
        StoredUser user = found.get();
        if (!mailsPerAccount.tryAcquire(user.username())) {
            // same silent answer as for an unknown address; the owner already has several valid links
            audit.record(AuditRecord.by("anonymous", "identity.password-reset.throttled", "user:" + user.username()));
            return;
        }
        String secret = Tokens.newSecret("");
        long tokenId = transactions.execute(tx -> {
            long id = resetTokens.insert(user.id(), Tokens.sha256(secret), Instant.now().plus(VALIDITY));
            audit.record(AuditRecord.by(user.username(), "identity.password-reset.requested", "user:" + user.username()));
            return id;
        });
        // Sent after the token is committed, so the link in the mail always works. The key names the
        // token: a second request is a new token and so a new mail, never dropped as a duplicate.
        Locale locale = ArusI18n.forLanguage(user.language());
        String link = publicUrl + "/password-reset/" + secret;
        try {
            mailer.send(new OutgoingMail("password-reset:" + tokenId, user.email(),
                    messages.getMessage("reset.mail.subject", null, locale),
                    messages.getMessage("reset.mail.body", new Object[] {user.fullName(), link, VALIDITY.toMinutes()}, locale)));
        } catch (MailFailedException e) {
            log.warn("Password reset mail for {} could not be sent: {}", user.username(), e.getMessage());
            audit.record(AuditRecord.system("identity.password-reset.mail-failed", "user:" + user.username())
                    .withDetail(e.getMessage()));
        }
    }

    /** The username a link is for, while the link is unused and unexpired. */
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return resetTokens.findValidUser(Tokens.sha256(token))
                .flatMap(users::findById).filter(StoredUser::active).map(StoredUser::username);
    }

    /**
     * Sets the new password and uses up the link and every other open link of the user.
     *
     * @throws InvalidInputException field {@code token} when the link is unknown, used or expired;
     *                               field {@code newPassword} when the policy refuses the password
     */
    public void resetPassword(String token, String newPassword) {
        transactions.executeWithoutResult(tx -> {
            String hash = Tokens.sha256(token == null ? "" : token);
            StoredUser user = resetTokens.findValidUser(hash).flatMap(users::findById).filter(StoredUser::active)
                    .orElseThrow(() -> InvalidInputException.of("token", "reset.token.invalid"));
            UserRules rules = new UserRules();
            rules.password("newPassword", newPassword, user.username(), user.email());
            rules.throwIfInvalid();
            if (resetTokens.consume(hash).isEmpty()) {
                throw InvalidInputException.of("token", "reset.token.invalid");
            }
            users.setPasswordHash(user.id(), passwords.encode(newPassword));
            audit.record(AuditRecord.by(user.username(), "identity.password-reset.completed", "user:" + user.username())
                    .withBefore(Map.of("password", "***")).withAfter(Map.of("password", "***")));
        });
    }
}
