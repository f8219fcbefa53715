package id.arus.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The HTML page every view lives in: theme, server push for live views, and phone-friendly viewport. */
@Theme("arus")
@Push
@Meta(name = "theme-color", content = "#0b5cad")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1, viewport-fit=cover");
        settings.setPageTitle("Arus");
    }
}
