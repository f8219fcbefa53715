package id.arus.network.routeros;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RouterOsClient} per router, keyed by the NAS id. Each client has its own pool and circuit
 * breaker, so a dead router never holds connections, threads or locks used for the others.
 */
public final class RouterOsClients implements AutoCloseable {

    private final ConcurrentHashMap<String, RouterOsClient> clients = new ConcurrentHashMap<>();

    /**
     * Registers or updates a router. With an unchanged configuration the existing client (and its open
     * connections) stays; a changed one (new password, host, TLS) replaces it and closes the old one.
     */
    public RouterOsClient register(String routerId, RouterOsConfig config) {
        RouterOsClient[] replaced = new RouterOsClient[1];
        RouterOsClient client = clients.compute(routerId, (id, old) -> {
            if (old != null && old.config().equals(config)) {
                return old;
            }
            replaced[0] = old;
            return new RouterOsClient(config);
        });
        if (replaced[0] != null) {
            replaced[0].close();
        }
        return client;
    }

    /** The client of a registered router. */
    public RouterOsClient client(String routerId) {
        RouterOsClient client = clients.get(routerId);
        if (client == null) {
            throw new IllegalArgumentException("no router registered with id " + routerId);
        }
        return client;
    }

    public Optional<RouterOsClient> find(String routerId) {
        return Optional.ofNullable(clients.get(routerId));
    }

    /** Forgets a router and closes its connections. */
    public void remove(String routerId) {
        RouterOsClient client = clients.remove(routerId);
        if (client != null) {
            client.close();
        }
    }

    public Set<String> routerIds() {
        return Set.copyOf(clients.keySet());
    }

    @Override
    public void close() {
        for (String id : routerIds()) {
            remove(id);
        }
    }
}
