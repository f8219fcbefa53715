package id.arus.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.shared.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * What a signed-in user sees on a screen their roles do not open: a plain "not for your account" page
 * with a way on, instead of Vaadin's "could not navigate". A user with no staff role (a customer) who
 * arrives at the staff landing page, as everyone does after signing in, is sent on to their own
 * page instead. Anonymous users never get here: they are sent to the login page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    /** Where users without a staff role start: the customer portal. */
    static final String NON_STAFF_HOME = "portal";

    private final transient AuthenticationContext authentication;

    public AccessDeniedView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        boolean staff = Arrays.stream(Role.values()).filter(Role::isStaff).anyMatch(r -> authentication.hasRole(r.name()));
        if (!staff && event.getLocation().getPath().isEmpty()) {
            event.forwardTo(NON_STAFF_HOME);
            return HttpServletResponse.SC_OK;
        }
        removeAll();
        add(new H2(getTranslation("shell.denied.title")),
                new Paragraph(getTranslation("shell.denied.text", "/" + event.getLocation().getPath())),
                new Anchor(staff ? "" : NON_STAFF_HOME, getTranslation("shell.denied.back")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
