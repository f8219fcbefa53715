package id.arus.network.internal;

import id.arus.network.routeros.Command;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;
import org.springframework.stereotype.Component;

/**
 * The Camel endpoint {@code routeros:<menu>/<command>} over Arus's RouterOS client, so the files in
 * {@code routes/mikrotik/} say in RouterOS's own words what Arus does to a router, e.g.
 * {@code toD: routeros:/ppp/secret/add?nas=${header.arusNasId}}.
 * <ul>
 *   <li>the message body, a map, gives the command's attributes ({@code name}, {@code password}, ...);</li>
 *   <li>{@code proplist} (comma separated) limits what a print returns; header {@value #QUERY} carries
 *       query words ({@code ?name=budi}) as a list;</li>
 *   <li>a print answers with its rows (a list of maps); any other command with the router's {@code ret}
 *       (the new item's id for an add), or null.</li>
 * </ul>
 * A command the router refuses fails the exchange with the router's own message.
 *
 * <p>{@code routeros:pipeline} sends many commands at once: the body is a list of {@link Command}s, all
 * written before any answer is awaited, and the answer is the list of their pending replies in the same
 * order, so the caller (the reconciler) decides per command what a refusal means.
 */
@Component("routeros")
public class RouterOsComponent extends DefaultComponent {

    /** Header with the query words of a print, e.g. {@code List.of("?name=budi")}. */
    public static final String QUERY = "arusRouterOsQuery";
    /** Header naming the NAS when the endpoint does not. */
    public static final String NAS = "arusNasId";
    /** The endpoint that pipelines a list of commands. */
    static final String PIPELINE = "pipeline";

    private final RouterPool routers;

    RouterOsComponent(RouterPool routers) {
        this.routers = routers;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String path = remaining.equals(PIPELINE) ? PIPELINE : remaining.startsWith("/") ? remaining : "/" + remaining;
        if (path.length() < 2 || path.endsWith("/")) {
            throw new IllegalArgumentException("routeros: needs a command path such as routeros:/ppp/secret/add, not '" + remaining + "'");
        }
        RouterOsEndpoint endpoint = new RouterOsEndpoint(uri, this, path);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** One RouterOS command, sent to the NAS named by the endpoint or the message. */
    public static final class RouterOsEndpoint extends DefaultEndpoint {

        private final String path;
        private Long nas;
        private String proplist;

        RouterOsEndpoint(String uri, RouterOsComponent component, String path) {
            super(uri, component);
            this.path = path;
        }

        public void setNas(Long nas) {
            this.nas = nas;
        }

        public void setProplist(String proplist) {
            this.proplist = proplist;
        }

        @Override
        public Producer createProducer() {
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) {
                    send(exchange);
                }
            };
        }

        @Override
        public Consumer createConsumer(Processor processor) {
            throw new UnsupportedOperationException("routeros: only sends commands; listen streams are read in Java");
        }

        private void send(Exchange exchange) {
            Long nasId = nas != null ? nas : exchange.getMessage().getHeader(NAS, Long.class);
            if (nasId == null) {
                throw new IllegalArgumentException("routeros:" + path + " needs the NAS: ?nas=<id> or header " + NAS);
            }
            RouterOsClient client = ((RouterOsComponent) getComponent()).routers.client(nasId);
            Object body = exchange.getMessage().getBody();
            if (path.equals(PIPELINE)) {
                if (!(body instanceof List<?> commands) || !commands.stream().allMatch(Command.class::isInstance)) {
                    throw new IllegalArgumentException("routeros:pipeline needs a list of RouterOS commands as its body");
                }
                List<CompletableFuture<RouterOsReply>> replies = new ArrayList<>(commands.size());
                for (Object command : commands) {
                    replies.add(client.sendAsync((Command) command));
                }
                exchange.getMessage().setBody(replies);
                return;
            }
            Command command = Command.of(path);
            if (body instanceof Map<?, ?> attributes) {
                for (Map.Entry<?, ?> attribute : attributes.entrySet()) {
                    if (attribute.getValue() != null) {
                        command = command.with(attribute.getKey().toString(), attribute.getValue().toString());
                    }
                }
            }
            if (proplist != null && !proplist.isBlank()) {
                command = command.proplist(proplist.split("\\s*,\\s*"));
            }
            List<?> query = exchange.getMessage().getHeader(QUERY, List.class);
            if (query != null && !query.isEmpty()) {
                command = command.query(query.stream().map(Object::toString).toArray(String[]::new));
            }
            if (path.endsWith("/print")) {
                exchange.getMessage().setBody(new ArrayList<>(client.print(command)));
            } else {
                exchange.getMessage().setBody(client.execute(command).ret());
            }
        }
    }
}
