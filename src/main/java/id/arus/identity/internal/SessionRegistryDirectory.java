package id.arus.identity.internal;

import id.arus.identity.SessionDirectory;
import id.arus.identity.SignedInUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

/**
 * Signed-in sessions from Spring Security's session registry (fed by the security filter chain and
 * the servlet container's session events). It knows the sessions of this node only; with several
 * nodes behind a sticky load balancer each dashboard shows its own node's sessions.
 */
@Service
class SessionRegistryDirectory implements SessionDirectory {

    private final SessionRegistry registry;
    /** Where and when each user last signed in; the registry itself records neither. */
    private final Map<String, Login> lastLogin = new ConcurrentHashMap<>();

    private record Login(String address, Instant at) {
    }

    SessionRegistryDirectory(SessionRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        lastLogin.put(event.getAuthentication().getName(), new Login(address, Instant.ofEpochMilli(event.getTimestamp())));
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN','NOC','FINANCE','TECHNICIAN','CS')")
    public List<SignedInUser> signedIn() {
        return registry.getAllPrincipals().stream()
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .map(this::toSignedIn)
                .sorted(Comparator.comparing(SignedInUser::lastActivity).reversed())
                .toList();
    }

    private SignedInUser toSignedIn(SessionInformation session) {
        String name = session.getPrincipal() instanceof org.springframework.security.core.userdetails.UserDetails u
                ? u.getUsername() : String.valueOf(session.getPrincipal());
        Instant lastRequest = session.getLastRequest().toInstant();
        Login login = lastLogin.getOrDefault(name, new Login(null, lastRequest));
        return new SignedInUser(name, login.address(), login.at(), lastRequest);
    }
}
