package id.arus.network;

import id.arus.network.internal.RouterOsComponent;
import id.arus.network.routeros.RouterOsException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What other modules do to a router's subscribers, after the roadmap's network interface: connect, list,
 * create, update and delete a PPP user, read traffic. Each call goes through a route in
 * {@code routes/mikrotik/ppp.camel.yaml}, so the RouterOS commands are readable there. Errors come back
 * as {@link RouterCommandException} carrying the router's own message.
 */
@Service
public class NetworkGateway {

    private final ProducerTemplate routes;
    private final NasManagement registry;

    NetworkGateway(ProducerTemplate routes, NasManagement registry) {
        this.routes = routes;
        this.registry = registry;
    }

    /** Logs in to the NAS and reports what it is; see {@link NasManagement#testConnection}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public NasProbe connect(long nasId) {
        return registry.testConnection(nasId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    public List<PppUser> listUsers(long nasId) {
        return rows(nasId, "mikrotik-list-ppp-secrets", Map.of(), List.of()).stream().map(NetworkGateway::user).toList();
    }

    /** Adds the user; a name the router already has is refused with the router's message. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public void createUser(long nasId, PppUser user) {
        send(nasId, "mikrotik-create-ppp-secret", attributes(user));
    }

    /**
     * Changes the user named {@code name} to {@code user}. When it is disabled, renamed or moved to
     * another profile, its live session is removed so the change takes effect now, not at the next dial-in.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public void updateUser(long nasId, String name, PppUser user) {
        Map<String, String> current = secret(nasId, name);
        Map<String, Object> changes = attributes(user);
        changes.put(".id", current.get(".id"));
        send(nasId, "mikrotik-update-ppp-secret", changes);
        boolean sessionMustEnd = user.disabled() || !Objects.equals(current.get("profile"), user.profile())
                || !name.equals(user.name());
        if (sessionMustEnd) {
            kick(nasId, name);
        }
    }

    /** Removes the user and ends its live session. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN')")
    public void deleteUser(long nasId, String name) {
        send(nasId, "mikrotik-delete-ppp-secret", Map.of(".id", secret(nasId, name).get(".id")));
        kick(nasId, name);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    public List<InterfaceTraffic> readTraffic(long nasId) {
        return rows(nasId, "mikrotik-read-interface-traffic", Map.of(), List.of()).stream()
                .map(InterfaceTraffic::of)
                .toList();
    }

    private void kick(long nasId, String name) {
        for (Map<String, String> session : rows(nasId, "mikrotik-list-ppp-sessions", Map.of(), List.of("?name=" + name))) {
            send(nasId, "mikrotik-remove-ppp-session", Map.of(".id", session.get(".id")));
        }
    }

    private Map<String, String> secret(long nasId, String name) {
        // the router filters, so finding one user does not transfer all of them
        return rows(nasId, "mikrotik-list-ppp-secrets", Map.of(), List.of("?name=" + name)).stream().findFirst()
                .orElseThrow(() -> new RouterCommandException(nasId, "NAS " + nasId + " has no PPP user '" + name + "'", false, null));
    }

    private static Map<String, Object> attributes(PppUser user) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", user.name());
        attributes.put("password", user.password());
        attributes.put("profile", user.profile());
        attributes.put("service", user.service());
        attributes.put("remote-address", user.remoteAddress());
        attributes.put("disabled", user.disabled() ? "yes" : "no");
        attributes.put("comment", user.comment());
        return attributes;
    }

    private static PppUser user(Map<String, String> row) {
        return new PppUser(row.get("name"), row.get("password"), row.get("profile"), row.get("service"),
                row.get("remote-address"), "true".equals(row.get("disabled")) || "yes".equals(row.get("disabled")), row.get("comment"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> rows(long nasId, String route, Map<String, Object> body, List<String> query) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(RouterOsComponent.NAS, nasId);
        headers.put(RouterOsComponent.QUERY, query);
        return (List<Map<String, String>>) call(nasId, route, body, headers);
    }

    private void send(long nasId, String route, Map<String, Object> body) {
        call(nasId, route, body, Map.of(RouterOsComponent.NAS, nasId));
    }

    private Object call(long nasId, String route, Map<String, Object> body, Map<String, Object> headers) {
        try {
            return routes.requestBodyAndHeaders("direct:" + route, body, headers);
        } catch (CamelExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean unreachable = cause instanceof RouterOsException r && r.unreachable();
            String message = cause instanceof RouterOsException ? cause.getMessage() : "Route " + route + " failed: " + cause.getMessage();
            throw new RouterCommandException(nasId, message, unreachable, cause);
        }
    }
}
