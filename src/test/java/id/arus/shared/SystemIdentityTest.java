package id.arus.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

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
}
