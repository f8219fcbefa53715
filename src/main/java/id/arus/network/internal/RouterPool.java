package id.arus.network.internal;

import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsClients;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One long-lived client per NAS for provisioning and polling, so connections, pipelining and each
 * router's circuit breaker are shared by every caller. A NAS whose settings change is forgotten and
 * reconnected with the new ones on next use.
 */
@Component
public class RouterPool implements DisposableBean {

    private final NasStore store;
    private final RouterConnections connections;
    private final RouterOsClients clients = new RouterOsClients();

    private final Duration connectTimeout;
    private final Duration replyTimeout;

    /**
     * @param replyTimeout longest wait for one reply, login included; long enough for a print of tens of
     *                     thousands of entries on a busy router, short enough that a hung router is noticed
     */
    RouterPool(NasStore store, RouterConnections connections,
               @Value("${arus.network.router.connect-timeout:5s}") Duration connectTimeout,
               @Value("${arus.network.router.reply-timeout:30s}") Duration replyTimeout) {
        this.store = store;
        this.connections = connections;
        this.connectTimeout = connectTimeout;
        this.replyTimeout = replyTimeout;
    }

    public RouterOsClient client(long nasId) {
        String key = String.valueOf(nasId);
        return clients.find(key).orElseGet(() -> {
            var nas = store.findById(nasId).orElseThrow(() -> new NoSuchElementException("No NAS with id " + nasId));
            return clients.register(key, connections.config(nas, connectTimeout, replyTimeout));
        });
    }

    /** Closes the NAS's connections; the next use reconnects with what is stored then. */
    public void forget(long nasId) {
        clients.remove(String.valueOf(nasId));
    }

    @Override
    public void destroy() {
        clients.close();
    }
}
