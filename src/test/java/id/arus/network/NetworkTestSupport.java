package id.arus.network;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the tests of automatic reconciles, incidents and outages share. */
public final class NetworkTestSupport {

    /**
     * A loopback address nothing listens on. Simulators listen on 127.0.0.1 only, so a NAS registered here
     * as a dead router can never hold the endpoint of a simulator a later test class starts (a closed free
     * port on 127.0.0.1 may be handed to the next simulator, and a NAS endpoint can be registered once).
     */
    public static final String NOWHERE = "127.0.0.2";
    private static final AtomicInteger NOWHERE_PORTS = new AtomicInteger(20_000);

    private NetworkTestSupport() {
    }

    /** A port on {@link #NOWHERE} that no other test of this run uses: connecting is refused at once. */
    public static int nowherePort() {
        return NOWHERE_PORTS.getAndIncrement();
    }

    /**
     * Publishes the event in a transaction of its own and commits it, as the module that owns the change
     * does; the listeners run after the commit.
     */
    public static void publishCommitted(PlatformTransactionManager transactions, ApplicationEventPublisher events, Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(event));
    }

    /** Polls every 100 ms until the condition holds, failing after the timeout (work runs in the background). */
    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Puts a user with the given roles into this thread's security context. */
    public static void signIn(String username, String... roles) {
        String[] authorities = Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", AuthorityUtils.createAuthorityList(authorities)));
    }
}
