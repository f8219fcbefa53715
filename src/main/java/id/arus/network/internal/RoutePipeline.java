package id.arus.network.internal;

import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsReply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a list of RouterOS commands through a {@code routeros:pipeline} route of routes/mikrotik/ (all
 * written before any answer is awaited) and hands back their pending replies in order.
 */
@Component
public class RoutePipeline {

    private final ProducerTemplate routes;

    RoutePipeline(ProducerTemplate routes) {
        this.routes = routes;
    }

    /** A route that is not loaded or fails is reported as such; a router failure as the RouterOsException. */
    @SuppressWarnings("unchecked")
    public List<CompletableFuture<RouterOsReply>> send(long nasId, String route, List<Command> commands) {
        try {
            return (List<CompletableFuture<RouterOsReply>>) routes.requestBodyAndHeader("direct:" + route, commands,
                    RouterOsComponent.NAS, nasId);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RouterOsException routerOs) {
                throw routerOs;
            }
            throw new IllegalStateException("Route " + route + " failed: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /** Waits for one reply; the router's failure comes out as its RouterOsException. */
    public static RouterOsReply join(CompletableFuture<RouterOsReply> reply) {
        try {
            return reply.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RouterOsException routerOs) {
                throw routerOs;
            }
            throw e;
        }
    }
}
