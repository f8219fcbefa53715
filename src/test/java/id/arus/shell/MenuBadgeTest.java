package id.arus.shell;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.shared.Role;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class MenuBadgeTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList(authorities)));
    }

    private long counted(long value) {
        reads.incrementAndGet();
        return value;
    }

    @Test
    void showsTheCountToAReader() {
        signIn("ROLE_CS");
        assertThat(MenuBadge.forRoles(EnumSet.of(Role.NOC, Role.CS), () -> counted(7))).isEqualTo(OptionalInt.of(7));
    }

    @Test
    void showsNothingAtZero() {
        signIn("ROLE_NOC");
        assertThat(MenuBadge.forRoles(EnumSet.of(Role.NOC), () -> counted(0))).isEmpty();
    }

    @Test
    void neverReadsTheCountForOtherRolesOrNobody() {
        signIn("ROLE_FINANCE");
        assertThat(MenuBadge.forRoles(EnumSet.of(Role.NOC, Role.CS), () -> counted(3))).isEmpty();
        SecurityContextHolder.clearContext();
        assertThat(MenuBadge.forRoles(EnumSet.of(Role.NOC), () -> counted(3))).isEmpty();
        assertThat(reads).hasValue(0);
    }
}
