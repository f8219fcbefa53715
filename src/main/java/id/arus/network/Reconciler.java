package id.arus.network;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.internal.DesiredSecretStore;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.ReconcileStore;
import id.arus.network.internal.RouterPool;
import id.arus.network.internal.SecretDiff;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsReply;
import id.arus.network.routeros.RouterOsTrapException;
import id.arus.platform.SecretCipher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Makes a router's PPP secrets match the {@link DesiredState}: reads /ppp/secret once (with
 * {@code .proplist}), computes the difference ({@link SecretDiff}) and sends every change pipelined, so
 * 10,000 changes cost about one round trip rather than 10,000. Re-running it sends nothing. Entries
 * without Arus's marker are left alone and reported as unmanaged.
 *
 * <p>A command the router refuses does not stop the others; its message is in the report and the next
 * run tries again. The last result per NAS is stored for the drift view.
 */
@Service
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    /** Enough of the router's messages to see what went wrong without storing thousands of them. */
    private static final int MAX_FAILURES_REPORTED = 50;

    private final DesiredSecretStore desired;
    private final NasStore nas;
    private final ReconcileStore results;
    private final RouterPool routers;
    private final SecretCipher cipher;
    private final AuditTrail audit;
    /** One reconcile per NAS at a time: two overlapping runs would both add the same missing secrets. */
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    Reconciler(DesiredSecretStore desired, NasStore nas, ReconcileStore results, RouterPool routers, SecretCipher cipher,
               AuditTrail audit) {
        this.desired = desired;
        this.nas = nas;
        this.results = results;
        this.routers = routers;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * Reconciles the NAS now. An unreachable router gives a report with {@code error} set (also stored)
     * and a {@link RouterCommandException}.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public ReconcileReport reconcile(long nasId) {
        Nas router = nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
        ReentrantLock lock = locks.computeIfAbsent(nasId, id -> new ReentrantLock());
        lock.lock();
        try {
            return run(router);
        } finally {
            lock.unlock();
        }
    }

    /** The last reconcile of the NAS, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public Optional<ReconcileReport.Summary> last(long nasId) {
        return results.last(nasId);
    }

    private ReconcileReport run(Nas router) {
        long nasId = router.id();
        Instant at = Instant.now();
        long start = System.nanoTime();
        try {
            RouterOsClient client = routers.client(nasId);
            SecretDiff.Plan plan = plan(nasId).plan();

            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            List<Command> commands = plan.commands();
            awaitAll(client, commands, failures, false);
            int kicked = plan.kick().isEmpty() ? 0 : kick(client, plan, failures);

            ReconcileReport report = new ReconcileReport(nasId, at, plan.adds().size(), plan.changedSecrets(),
                    plan.removes().size(), kicked, commands.size(), plan.unmanaged(), plan.conflicts(),
                    limit(failures), elapsed(start), null);
            results.save(report);
            if (!commands.isEmpty() || !failures.isEmpty()) {
                audit.record(AuditRecord.of("network.reconcile.applied", "nas:" + router.name()).withAfter(summary(report)));
            }
            return report;
        } catch (RouterOsException e) {
            ReconcileReport report = new ReconcileReport(nasId, at, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(),
                    elapsed(start), e.getMessage());
            results.save(report);
            throw new RouterCommandException(nasId, "Reconcile of " + router.name() + " failed: " + e.getMessage(), e.unreachable(), e);
        }
    }

    /** The router's PPP secrets as read now, and what a reconcile would send to make them as desired. */
    record Planned(List<Map<String, String>> actual, SecretDiff.Plan plan) {
    }

    /**
     * Reads the router once and plans, changing nothing; the drift view shows this same plan, so it names
     * exactly what a reconcile would do.
     */
    Planned plan(long nasId) {
        List<PppUser> wanted = desired.findByNas(nasId).stream().map(this::decrypted).toList();
        List<Map<String, String>> actual = routers.client(nasId)
                .print(Command.of("/ppp/secret/print").proplist(SecretDiff.PROPLIST));
        return new Planned(actual, SecretDiff.plan(wanted, actual));
    }

    /**
     * Ends the live sessions of the secrets whose change only takes effect on the next dial-in. Read after
     * the changes are applied so a session that dialled in meanwhile is caught too.
     */
    private int kick(RouterOsClient client, SecretDiff.Plan plan, List<String> failures) {
        List<Map<String, String>> sessions = client.print(Command.of("/ppp/active/print").proplist(".id", "name"));
        List<Command> removes = new ArrayList<>();
        for (Map<String, String> session : sessions) {
            if (plan.kick().contains(session.get("name"))) {
                removes.add(Command.of("/ppp/active/remove").with(".id", session.get(".id")));
            }
        }
        return removes.size() - awaitAll(client, removes, failures, true);
    }

    /**
     * Sends every command before waiting for any (pipelining) and waits for all. Returns how many failed.
     *
     * @param goneIsFine a session may end on its own between the read and the remove; that is no failure
     */
    private static int awaitAll(RouterOsClient client, List<Command> commands, List<String> failures, boolean goneIsFine) {
        List<CompletableFuture<RouterOsReply>> replies = new ArrayList<>(commands.size());
        for (Command command : commands) {
            replies.add(client.sendAsync(command));
        }
        int failed = 0;
        for (int i = 0; i < replies.size(); i++) {
            try {
                replies.get(i).join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (goneIsFine && cause instanceof RouterOsTrapException) {
                    continue;
                }
                failed++;
                if (cause instanceof RouterOsException && !(cause instanceof RouterOsTrapException)) {
                    // The connection is gone: the remaining replies will not come either.
                    throw (RouterOsException) cause;
                }
                failures.add(commands.get(i).path() + " " + describe(commands.get(i)) + ": " + cause.getMessage());
            }
        }
        return failed;
    }

    /** Which item a command was for, without values (a value may be a password). */
    private static String describe(Command command) {
        for (String word : command.words()) {
            if (word.startsWith("=name=") || word.startsWith("=.id=") || word.startsWith("=numbers=")) {
                return word.substring(1);
            }
        }
        return "";
    }

    private PppUser decrypted(PppUser s) {
        return new PppUser(s.name(), cipher.decrypt(s.password()), s.profile(), s.service(), s.remoteAddress(),
                s.disabled(), s.comment());
    }

    private static List<String> limit(List<String> failures) {
        if (!failures.isEmpty()) {
            log.warn("reconcile: {} command(s) refused, first: {}", failures.size(), failures.get(0));
        }
        return failures.size() <= MAX_FAILURES_REPORTED ? failures : failures.subList(0, MAX_FAILURES_REPORTED);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Map<String, Object> summary(ReconcileReport r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("added", r.added());
        map.put("changed", r.changed());
        map.put("removed", r.removed());
        map.put("kicked", r.kicked());
        map.put("unmanaged", r.unmanaged().size());
        map.put("conflicts", r.conflicts().size());
        map.put("failed", r.failures().size());
        return map;
    }
}
