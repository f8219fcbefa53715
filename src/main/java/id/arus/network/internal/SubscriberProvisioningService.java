package id.arus.network.internal;

import id.arus.network.DesiredKind;
import id.arus.network.LiveSession;
import id.arus.network.RouterCommandException;
import id.arus.network.SubscriberOnRouter;
import id.arus.network.SubscriberProvisioning;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsReply;
import id.arus.network.routeros.RouterOsTrapException;
import id.arus.platform.SecretCipher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * {@link SubscriberProvisioning}: the reconciler's diff ({@link ManagedDiff} over {@link ManagedMenu}) applied
 * to one subscriber's entries only. Every print is filtered on the router by name (or by the subscriber's
 * marker comment for address lists), so one subscriber costs three round trips (read, apply, read back)
 * plus one to end the session. It holds the same per-NAS lock as a full reconcile ({@link NasCommandLocks}),
 * so the two never interleave on one node.
 *
 * <p>What belongs to subscriber N is what {@code SubscriberMoves} moves: the PPP secret or hotspot user
 * named N, the profile it names (added or changed, never removed: others may use it), the simple queue
 * named N and the address-list entries whose comment is N. A managed entry of N that is no longer desired
 * is removed. An entry of that name Arus does not manage (no {@code arus:} comment) is left alone and
 * reported as a refusal, as a reconcile would report it as a conflict.
 *
 * <p>Failover: while the NAS is failed over, the backup carrying it is the router acted on, with the same
 * desired entries a reconcile of the backup would project there.
 */
@Service
class SubscriberProvisioningService implements SubscriberProvisioning {

    private static final Logger log = LoggerFactory.getLogger(SubscriberProvisioningService.class);
    /** Route ids in routes/mikrotik/subscriber.camel.yaml. */
    static final String READ = "mikrotik-read-subscriber";
    static final String APPLY = "mikrotik-apply-subscriber";
    static final String SESSION = "mikrotik-subscriber-session";

    private final DesiredSecretStore secrets;
    private final DesiredEntryStore entries;
    private final NasStore nas;
    private final FailoverStore failovers;
    private final SecretCipher cipher;
    private final RoutePipeline pipeline;
    private final SubscriberUsageStore usage;
    private final NasCommandLocks locks;

    SubscriberProvisioningService(DesiredSecretStore secrets, DesiredEntryStore entries, NasStore nas, FailoverStore failovers,
                                  SecretCipher cipher, RoutePipeline pipeline, NasCommandLocks locks, SubscriberUsageStore usage) {
        this.usage = usage;
        this.secrets = secrets;
        this.entries = entries;
        this.nas = nas;
        this.failovers = failovers;
        this.cipher = cipher;
        this.pipeline = pipeline;
        this.locks = locks;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC')")
    public SubscriberOnRouter apply(long nasId, String name, boolean dropSession) {
        String subscriber = requireName(name);
        long router = routerFor(nasId);
        return locks.withLock(router, () -> {
            try {
                Map<DesiredKind, List<Map<String, String>>> wanted = desired(router, subscriber);
                Map<DesiredKind, ManagedDiff.Plan> plans = plan(router, subscriber, wanted);
                List<String> conflicts = new ArrayList<>();
                List<Command> profiles = new ArrayList<>();
                List<Command> own = new ArrayList<>();
                boolean kick = dropSession;
                for (ManagedDiff.Plan plan : plans.values()) {
                    conflicts.addAll(plan.conflicts().stream().map(key -> plan.kind().path() + " " + key).toList());
                    (plan.kind().isProfile() ? profiles : own).addAll(plan.commands());
                    kick |= plan.kick().contains(subscriber);
                }
                List<String> refused = new ArrayList<>();
                send(router, profiles, refused);
                send(router, own, refused);
                int ended = kick ? endSessions(router, subscriber) : 0;
                log.debug("NAS {} subscriber {}: {} profile and {} own command(s), {} session(s) ended, {} refused",
                        router, subscriber, profiles.size(), own.size(), ended, refused.size());
                if (!conflicts.isEmpty()) {
                    refused.add(0, "held by entries Arus does not manage: " + String.join(", ", conflicts));
                }
                if (!refused.isEmpty()) {
                    throw new RouterCommandException(router, "NAS " + router + " refused changes for '" + subscriber + "': "
                            + String.join("; ", refused), false, null);
                }
                return onRouter(router, subscriber);
            } catch (RouterOsException e) {
                throw failure(router, subscriber, e);
            }
        });
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS', 'FINANCE')")
    public SubscriberOnRouter read(long nasId, String name) {
        String subscriber = requireName(name);
        long router = routerFor(nasId);
        try {
            return onRouter(router, subscriber);
        } catch (RouterOsException e) {
            throw failure(router, subscriber, e);
        }
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS', 'FINANCE')")
    public LiveSession liveSession(long nasId, String name) {
        String subscriber = requireName(name);
        long router = routerFor(nasId);
        try {
            Instant at = Instant.now();
            List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, SESSION, List.of(
                    Command.of("/ppp/active/print").proplist("name", "address", "uptime", "caller-id", "session-id").query("?name=" + subscriber),
                    Command.of("/interface/print").proplist("name", "rx-byte", "tx-byte").query("?name=<pppoe-" + subscriber + ">"),
                    Command.of("/ip/hotspot/active/print").proplist(".id", "user", "address", "uptime", "mac-address", "bytes-in", "bytes-out")
                            .query("?user=" + subscriber)));
            List<Map<String, String>> ppp = RoutePipeline.join(replies.get(0)).rows();
            List<Map<String, String>> counters = RoutePipeline.join(replies.get(1)).rows();
            if (!ppp.isEmpty()) {
                Map<String, String> session = ppp.get(0);
                Map<String, String> traffic = counters.isEmpty() ? Map.of() : counters.get(0);
                // as the sampler: a session without a session-id (or its interface) is not counted
                SessionCounter live = session.get("session-id") == null || counters.isEmpty() ? null
                        : SubscriberUsageSampler.session(subscriber, session.get("session-id"), session.get("uptime"),
                        traffic.get("rx-byte"), traffic.get("tx-byte"), at);
                return online(session, session.get("caller-id"), number(traffic.get("rx-byte")), number(traffic.get("tx-byte")),
                        usage.today(subscriber, router, live, at));
            }
            List<Map<String, String>> hotspot = rowsOrNone(replies.get(2));
            if (!hotspot.isEmpty()) {
                Map<String, String> session = hotspot.get(0);
                SessionCounter live = SubscriberUsageSampler.session(subscriber, session.get(".id"), session.get("uptime"),
                        session.get("bytes-in"), session.get("bytes-out"), at);
                return online(session, session.get("mac-address"), live.rxBytes(), live.txBytes(),
                        usage.today(subscriber, router, live, at));
            }
            long[] today = usage.today(subscriber, router, null, at);
            return LiveSession.offline(today[0], today[1]);
        } catch (RouterOsException e) {
            throw failure(router, subscriber, e);
        }
    }

    private static LiveSession online(Map<String, String> session, String callerId, long rx, long tx, long[] today) {
        return new LiveSession(true, session.get("address"), uptime(session.get("uptime")), callerId, rx, tx, today[0], today[1]);
    }

    // ------------------------------------------------------------------------------------------ plan

    /**
     * The subscriber's desired entries on the router, per kind, passwords in plain text: the router's own,
     * else those of a primary it carries (as {@code Reconciler#desired} projects them), plus the profile
     * their secret or user names.
     */
    Map<DesiredKind, List<Map<String, String>>> desired(long router, String subscriber) {
        List<Long> sources = new ArrayList<>();
        sources.add(router);
        sources.addAll(entries.primariesCarriedBy(router));
        Map<DesiredKind, List<Map<String, String>>> wanted = new EnumMap<>(DesiredKind.class);
        for (DesiredKind kind : DesiredKind.values()) {
            wanted.put(kind, new ArrayList<>());
        }
        for (long source : sources) {
            if (wanted.get(DesiredKind.PPP_SECRET).isEmpty()) {
                secrets.find(source, subscriber).ifPresent(s -> wanted.get(DesiredKind.PPP_SECRET).add(decrypted(DesiredEntries.of(s))));
            }
            if (wanted.get(DesiredKind.HOTSPOT_USER).isEmpty()) {
                entries.find(source, DesiredKind.HOTSPOT_USER, subscriber).ifPresent(u -> wanted.get(DesiredKind.HOTSPOT_USER).add(decrypted(u)));
            }
            if (wanted.get(DesiredKind.SIMPLE_QUEUE).isEmpty()) {
                entries.find(source, DesiredKind.SIMPLE_QUEUE, subscriber).ifPresent(wanted.get(DesiredKind.SIMPLE_QUEUE)::add);
            }
            ManagedMenu lists = ManagedMenu.of(DesiredKind.ADDRESS_LIST);
            for (Map<String, String> entry : entries.findByNas(source, DesiredKind.ADDRESS_LIST)) {
                boolean known = wanted.get(DesiredKind.ADDRESS_LIST).stream().anyMatch(e -> lists.key(e).equals(lists.key(entry)));
                if (subscriber.equals(entry.get("comment")) && !known) {
                    wanted.get(DesiredKind.ADDRESS_LIST).add(entry);
                }
            }
        }
        profile(sources, DesiredKind.PPP_SECRET, DesiredKind.PPP_PROFILE, wanted);
        profile(sources, DesiredKind.HOTSPOT_USER, DesiredKind.HOTSPOT_PROFILE, wanted);
        return wanted;
    }

    private void profile(List<Long> sources, DesiredKind user, DesiredKind profileKind, Map<DesiredKind, List<Map<String, String>>> wanted) {
        if (wanted.get(user).isEmpty()) {
            return;
        }
        String profile = wanted.get(user).get(0).get("profile");
        if (profile == null || profile.isEmpty()) {
            return;
        }
        for (long source : sources) {
            var found = entries.find(source, profileKind, profile);
            if (found.isPresent()) {
                wanted.get(profileKind).add(found.get());
                return;
            }
        }
    }

    /** Reads the subscriber's rows (filtered on the router) and diffs them per menu. */
    private Map<DesiredKind, ManagedDiff.Plan> plan(long router, String subscriber, Map<DesiredKind, List<Map<String, String>>> wanted) {
        Map<DesiredKind, List<Command>> prints = new EnumMap<>(DesiredKind.class);
        for (DesiredKind kind : List.of(DesiredKind.PPP_PROFILE, DesiredKind.HOTSPOT_PROFILE)) {
            if (!wanted.get(kind).isEmpty()) {
                prints.put(kind, List.of(print(kind).query("?name=" + wanted.get(kind).get(0).get("name"))));
            }
        }
        prints.put(DesiredKind.PPP_SECRET, List.of(print(DesiredKind.PPP_SECRET).query("?name=" + subscriber)));
        prints.put(DesiredKind.HOTSPOT_USER, List.of(print(DesiredKind.HOTSPOT_USER).query("?name=" + subscriber)));
        prints.put(DesiredKind.SIMPLE_QUEUE, List.of(print(DesiredKind.SIMPLE_QUEUE).query("?name=" + subscriber)));
        List<Command> lists = new ArrayList<>();
        lists.add(print(DesiredKind.ADDRESS_LIST).query("?comment=" + ManagedMenu.routerComment(subscriber)));
        // An entry the subscriber should have may be on the router under another comment: found by its key,
        // it is taken over (set comment) rather than added twice, which the router would refuse.
        for (Map<String, String> entry : wanted.get(DesiredKind.ADDRESS_LIST)) {
            lists.add(print(DesiredKind.ADDRESS_LIST).query("?list=" + entry.get("list"), "?address=" + entry.get("address"), "?#&"));
        }
        prints.put(DesiredKind.ADDRESS_LIST, lists);

        List<Command> all = new ArrayList<>();
        prints.values().forEach(all::addAll);
        List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, READ, all);
        Map<DesiredKind, ManagedDiff.Plan> plans = new EnumMap<>(DesiredKind.class);
        int at = 0;
        for (Map.Entry<DesiredKind, List<Command>> kind : prints.entrySet()) {
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (int i = 0; i < kind.getValue().size(); i++) {
                CompletableFuture<RouterOsReply> reply = replies.get(at++);
                List<Map<String, String>> found = wanted.get(kind.getKey()).isEmpty() ? rowsOrNone(reply) : RoutePipeline.join(reply).rows();
                found.forEach(row -> rows.putIfAbsent(row.get(".id"), row));
            }
            plans.put(kind.getKey(), ManagedDiff.plan(ManagedMenu.of(kind.getKey()), wanted.get(kind.getKey()), new ArrayList<>(rows.values())));
        }
        return plans;
    }

    private static Command print(DesiredKind kind) {
        return Command.of(kind.path() + "/print").proplist(ManagedMenu.of(kind).proplist());
    }

    /** Sends the commands pipelined and waits for all; refusals are collected, a lost connection thrown. */
    private void send(long router, List<Command> commands, List<String> refused) {
        if (commands.isEmpty()) {
            return;
        }
        List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, APPLY, commands);
        for (int i = 0; i < replies.size(); i++) {
            try {
                replies.get(i).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RouterOsTrapException trap) {
                    refused.add(commands.get(i).path() + ": " + trap.routerMessage());
                } else if (e.getCause() instanceof RouterOsException lost) {
                    throw lost;
                } else {
                    throw e;
                }
            }
        }
    }

    /** Ends the subscriber's PPP and hotspot sessions; one that ended on its own meanwhile is no failure. */
    private int endSessions(long router, String subscriber) {
        List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, SESSION, List.of(
                Command.of("/ppp/active/print").proplist(".id").query("?name=" + subscriber),
                Command.of("/ip/hotspot/active/print").proplist(".id").query("?user=" + subscriber)));
        List<Command> removes = new ArrayList<>();
        RoutePipeline.join(replies.get(0)).rows().forEach(s -> removes.add(Command.of("/ppp/active/remove").with(".id", s.get(".id"))));
        rowsOrNone(replies.get(1)).forEach(s -> removes.add(Command.of("/ip/hotspot/active/remove").with(".id", s.get(".id"))));
        if (removes.isEmpty()) {
            return 0;
        }
        int ended = 0;
        for (CompletableFuture<RouterOsReply> reply : pipeline.send(router, SESSION, removes)) {
            try {
                reply.join();
                ended++;
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof RouterOsTrapException)) {
                    throw e.getCause() instanceof RouterOsException lost ? lost : e;
                }
            }
        }
        return ended;
    }

    private SubscriberOnRouter onRouter(long router, String subscriber) {
        List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, READ, List.of(
                Command.of("/ppp/secret/print").proplist("name", "profile", "disabled").query("?name=" + subscriber),
                Command.of("/ip/hotspot/user/print").proplist("name", "profile", "disabled").query("?name=" + subscriber)));
        List<Map<String, String>> rows = RoutePipeline.join(replies.get(0)).rows();
        if (rows.isEmpty()) {
            rows = rowsOrNone(replies.get(1));
        }
        if (rows.isEmpty()) {
            return new SubscriberOnRouter(router, subscriber, false, null, false);
        }
        Map<String, String> row = rows.get(0);
        return new SubscriberOnRouter(router, subscriber, true, row.getOrDefault("profile", "default"), ManagedDiff.yes(row.get("disabled")));
    }

    /** A menu the router lacks (the hotspot package disabled) holds nothing of the subscriber. */
    static List<Map<String, String>> rowsOrNone(CompletableFuture<RouterOsReply> reply) {
        try {
            return RoutePipeline.join(reply).rows();
        } catch (RouterOsTrapException missingMenu) {
            return List.of();
        }
    }

    /** The router that carries the NAS's subscribers now: its failover backup while one is in force. */
    private long routerFor(long nasId) {
        nas.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
        return failovers.active(nasId).map(FailoverStore.Active::backupId).orElse(nasId);
    }

    private Map<String, String> decrypted(Map<String, String> entry) {
        if (!entry.containsKey("password")) {
            return entry;
        }
        Map<String, String> copy = new LinkedHashMap<>(entry);
        copy.put("password", cipher.decrypt(entry.get("password")));
        return copy;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A subscriber name is required");
        }
        return name;
    }

    private RouterCommandException failure(long router, String subscriber, RouterOsException e) {
        return new RouterCommandException(router, "NAS " + router + ", subscriber '" + subscriber + "': " + e.getMessage(), e.unreachable(), e);
    }

    private static final Pattern UPTIME_PART = Pattern.compile("(\\d+)([wdhms])");

    /** RouterOS uptime ({@code 1w2d3h4m5s}, parts left out when zero; v7 may print {@code 00:01:05}). */
    static Duration uptime(String text) {
        if (text == null || text.isBlank()) {
            return Duration.ZERO;
        }
        if (text.matches("\\d+:\\d{2}:\\d{2}")) {
            String[] p = text.split(":");
            return Duration.ofHours(Long.parseLong(p[0])).plusMinutes(Long.parseLong(p[1])).plusSeconds(Long.parseLong(p[2]));
        }
        Duration total = Duration.ZERO;
        Matcher m = UPTIME_PART.matcher(text);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return total;
    }

    static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
