package id.arus.network.internal;

import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsReply;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Reads the byte counters of every live session on a router, PPP and hotspot, and records their growth as
 * the subscribers' usage of the day. The poller calls it for the routers it holds the lease of, every
 * {@code arus.network.poll.usage-interval}; bytes of a session that ends between two samples are lost
 * since the previous one, so the interval bounds that loss.
 */
@Component
public class SubscriberUsageSampler {

    private final RoutePipeline pipeline;
    private final SubscriberUsageStore store;

    SubscriberUsageSampler(RoutePipeline pipeline, SubscriberUsageStore store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /**
     * Samples the router once.
     *
     * @return how many sessions used traffic since the previous sample
     */
    int sample(long router) {
        Instant at = Instant.now();
        return store.record(router, at, read(router, at));
    }

    /** The router's live sessions, one per subscriber name. */
    List<SessionCounter> read(long router, Instant at) {
        List<CompletableFuture<RouterOsReply>> replies = pipeline.send(router, SubscriberProvisioningService.SESSION, List.of(
                Command.of("/ppp/active/print").proplist("name", "service", "session-id", "uptime"),
                // the PPP sessions' counters are on their dynamic interfaces, named <service-name>
                Command.of("/interface/print").proplist("name", "rx-byte", "tx-byte").query("?dynamic=true"),
                Command.of("/ip/hotspot/active/print").proplist(".id", "user", "uptime", "bytes-in", "bytes-out")));
        Map<String, Map<String, String>> interfaces = new LinkedHashMap<>();
        RoutePipeline.join(replies.get(1)).rows().forEach(row -> interfaces.put(row.get("name"), row));
        Map<String, SessionCounter> sessions = new LinkedHashMap<>();
        for (Map<String, String> ppp : RoutePipeline.join(replies.get(0)).rows()) {
            Map<String, String> counters = interfaces.get("<" + ppp.getOrDefault("service", "pppoe") + "-" + ppp.get("name") + ">");
            if (counters != null && ppp.get("session-id") != null) {
                sessions.putIfAbsent(ppp.get("name"), session(ppp.get("name"), ppp.get("session-id"), ppp.get("uptime"),
                        counters.get("rx-byte"), counters.get("tx-byte"), at));
            }
        }
        for (Map<String, String> hotspot : SubscriberProvisioningService.rowsOrNone(replies.get(2))) {
            sessions.putIfAbsent(hotspot.get("user"), session(hotspot.get("user"), hotspot.get(".id"), hotspot.get("uptime"),
                    hotspot.get("bytes-in"), hotspot.get("bytes-out"), at));
        }
        return List.copyOf(sessions.values());
    }

    static SessionCounter session(String name, String ref, String uptime, String rx, String tx, Instant at) {
        return new SessionCounter(name, ref, at.minus(SubscriberProvisioningService.uptime(uptime)),
                SubscriberProvisioningService.number(rx), SubscriberProvisioningService.number(tx));
    }
}
