package id.arus.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.portal.ui.PortalServicesView;
import id.arus.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

@ArusIT
class AccessDeniedViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwords;

    private void signIn(Role role) {
        String name = new TestUsers(users, passwords).create("denied-" + role.name().toLowerCase(), role);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
    }

    @AfterEach
    void signOut() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void staffOnAScreenOfAnotherRoleSeeWhyInsteadOfANavigationError() {
        signIn(Role.NOC);
        KaribuViews.start(context, ArusI18n.INDONESIAN);

        UI.getCurrent().navigate("admin/users");

        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(_get(Paragraph.class).getText()).contains("/admin/users").contains("tidak terbuka untuk peran Anda");
    }

    @Test
    void aCustomerArrivingAtTheStaffLandingPageIsSentToTheirOwnPage() {
        signIn(Role.CUSTOMER);
        KaribuViews.start(context, ArusI18n.INDONESIAN);

        UI.getCurrent().navigate("");

        assertThat(_get(PortalServicesView.class)).isNotNull();
    }
}
