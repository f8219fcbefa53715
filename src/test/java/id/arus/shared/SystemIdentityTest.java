package id.arus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

class SystemIdentityTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void runsAsTheNamedJobWithEveryStaffRoleButNotCustomer() {
        Authentication seen = SystemIdentity.call("failover", () -> SecurityContextHolder.getContext().getAuthentication());
        assertThat(seen.getName()).isEqualTo("system:failover");
        assertThat(seen.isAuthenticated()).isTrue();
        assertThat(seen.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_NOC", "ROLE_FINANCE", "ROLE_TECHNICIAN", "ROLE_CS");
    }

    @Test
    void restoresTheCallersIdentityAfterwardsEvenWhenTheWorkFails() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("siti", null, "ROLE_CS"));
        assertThatThrownBy(() -> SystemIdentity.run("monitor", () -> {
            throw new IllegalStateException("router gone");
        })).hasMessage("router gone");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("siti");
    }

    @Test
    void aStrategyThatAlwaysAnswersWithTheSessionUserYieldsToTheSystemIdentityWhileItActs() {
        // like Vaadin's strategy inside a browser request: the session's user, whatever the thread was given
        SecurityContext session = new SecurityContextImpl(new TestingAuthenticationToken("pelanggan", null, "ROLE_CUSTOMER"));
        SecurityContextHolderStrategy sessionFirst = new SecurityContextHolderStrategy() {
            @Override public void clearContext() { }
            @Override public SecurityContext getContext() { return session; }
            @Override public void setContext(SecurityContext context) { }
            @Override public SecurityContext createEmptyContext() { return new SecurityContextImpl(); }
        };
        SecurityContextHolderStrategy wrapped = SystemIdentity.honouredBy(sessionFirst);

        String inside = SystemIdentity.call("portal-live-state", () -> wrapped.getContext().getAuthentication().getName());
        String deferred = SystemIdentity.call("portal-live-state", () -> wrapped.getDeferredContext().get().getAuthentication().getName());

        assertThat(inside).isEqualTo("system:portal-live-state");
        assertThat(deferred).isEqualTo("system:portal-live-state");
        assertThat(wrapped.getContext().getAuthentication().getName()).isEqualTo("pelanggan");
    }
}
