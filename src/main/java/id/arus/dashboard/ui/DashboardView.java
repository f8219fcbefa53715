package id.arus.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.identity.UserDirectory;
import jakarta.annotation.security.RolesAllowed;

/** The staff landing page. */
@Route("")
@Menu(title = "menu.dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class DashboardView extends Div implements HasDynamicTitle {

    public DashboardView(UserDirectory users) {
        addClassName("arus-dashboard");
        Div roles = new Div(new H2(getTranslation("dashboard.usersByRole")));
        users.countByRole().forEach((role, count) ->
                roles.add(new Div(new Span(getTranslation("role." + role.name())), new Span(" " + count))));
        add(roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
