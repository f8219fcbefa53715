package id.arus.notification.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a mail or message at most once per key. The key is claimed (a row inserted with {@code on conflict do
 * nothing}) in a transaction of its own around the send: a key claimed before means it went out and is skipped; a
 * concurrent send of the same key waits on the row and then skips; a failed send rolls the claim back so a retry
 * sends it. The one window left is a crash after the server accepted and before the commit, where a retry sends
 * again: at-least-once is the better side of that trade for a reminder.
 */
final class OncePerKey {

    private static final Logger log = LoggerFactory.getLogger(OncePerKey.class);
    private static final int MAX_KEY = 200;

    private final String what;
    private final TransactionTemplate ownTransaction;

    /** @param what "mail" or "message", for the errors and the log */
    OncePerKey(String what, PlatformTransactionManager transactions) {
        this.what = what;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The claim commits with the send, not with the caller: a caller rolling back later does not un-send it.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Refuses a missing or oversized key before anything is sent. */
    void requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("A " + what + " needs a key of 1 to " + MAX_KEY
                    + " characters, so it is never sent twice");
        }
    }

    /**
     * Runs {@code claim} (answers how many rows it inserted) and, when it claimed the key, {@code send}, both in the
     * own transaction.
     *
     * @param send answers what the caller keeps of the send; never null
     * @return what {@code send} answered, or empty when the key had been sent before
     */
    <T> Optional<T> send(String key, IntSupplier claim, Supplier<T> send) {
        requireKey(key);
        Optional<T> sent = ownTransaction.execute(status -> claim.getAsInt() == 0 ? Optional.<T>empty()
                : Optional.of(Objects.requireNonNull(send.get(), "a send answered null")));
        if (sent == null || sent.isEmpty()) {
            log.info("{} {} was sent before; not sending it again", Character.toUpperCase(what.charAt(0)) + what.substring(1), key);
            return Optional.empty();
        }
        return sent;
    }
}
