package id.arus.portal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.settings.SettingsManagement;
import id.arus.shell.ArusI18n;
import id.arus.shell.LanguageChosen;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The customer portal's frame, apart from the staff app: the ISP's name from the company settings, a
 * row of large links that wraps on a phone (Layanan, Tiket, Dokumen, Profil), the language switch and
 * Keluar. Billing joins the links with the billing issue. Someone not signed in (on the sign-up page)
 * sees only the way to sign in.
 */
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The portal's pages, in menu order: route and message key. */
    static final List<String[]> LINKS = List.of(
            new String[] {"portal", "portal.nav.services"},
            new String[] {"portal/tagihan", "billing.portal.nav"},
            new String[] {"portal/tiket", "portal.nav.tickets"},
            new String[] {"portal/dokumen", "portal.nav.documents"},
            new String[] {"portal/profil", "portal.nav.profile"});

    private final Main content = new Main();
    private final Nav nav = new Nav();
    private final transient AuthenticationContext authentication;

    public PortalLayout(SettingsManagement settings, AuthenticationContext authentication, ApplicationEventPublisher events) {
        this.authentication = authentication;
        setId("portal");
        addClassName("arus-portal");
        getStyle().set("max-width", "960px").set("margin", "0 auto").set("padding", "0 var(--lumo-space-m)")
                .set("box-sizing", "border-box");

        String company = settings.company().name();
        Span brand = new Span(company == null || company.isBlank() ? "Arus" : company);
        brand.setId("portal-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700")
                .set("color", "var(--lumo-primary-text-color)").set("flex", "1 1 auto");

        Select<Locale> language = new Select<>();
        language.setId("portal-language");
        language.setItems(ArusI18n.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.ENGLISH : ArusI18n.INDONESIAN);
        language.setAriaLabel(getTranslation("portal.language"));
        language.setWidth("9em");
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                ArusI18n.switchTo(e.getValue());
                authentication.getPrincipalName().ifPresent(name -> events.publishEvent(new LanguageChosen(name, e.getValue())));
            }
        });
        Header header = new Header(brand, language);
        header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-m) 0 var(--lumo-space-s)");

        nav.setId("portal-nav");
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("padding-bottom", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        content.setId("portal-content");
        content.getStyle().set("padding", "var(--lumo-space-m) 0");
        Footer footer = new Footer(new Span(getTranslation("portal.footer")));
        footer.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
                .set("padding", "var(--lumo-space-l) 0");
        add(header, nav, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        String here = event.getLocation().getPath();
        if (!authentication.isAuthenticated()) {
            nav.add(link("login", "portal.nav.login", here));
            return;
        }
        LINKS.forEach(l -> nav.add(link(l[0], l[1], here)));
        Button logout = new Button(getTranslation("portal.nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("portal-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nav.add(logout);
    }

    private Component link(String route, String key, String here) {
        Anchor a = new Anchor(route, getTranslation(key));
        a.setId("portal-nav-" + route.replace('/', '-'));
        a.getElement().setAttribute("router-link", true);
        boolean current = here.equals(route) || (!route.equals("portal") && here.startsWith(route + "/"));
        a.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-xs)").set("font-weight", current ? "700" : "500")
                .set("text-decoration", current ? "underline" : "none");
        return a;
    }
}
