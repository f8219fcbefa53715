package id.arus.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff app's frame: a drawer menu built from the views the signed-in user may open (Vaadin
 * filters {@code @Menu} entries by each view's access annotations), a header with the user's name,
 * language switch and sign-out. On a phone the drawer collapses behind the toggle.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient Map<String, MenuBadge> badges;
    private final transient ApplicationEventPublisher events;
    private final SideNav nav = new SideNav();
    private final H1 title = new H1();

    public MainLayout(AuthenticationContext authentication, List<MenuBadge> badges, ApplicationEventPublisher events) {
        this.authentication = authentication;
        this.events = events;
        this.badges = badges.stream().collect(Collectors.toMap(MenuBadge::path, Function.identity(), (a, b) -> a));
        setPrimarySection(Section.DRAWER);
        addClassName("arus-shell");

        Span brand = new Span("Arus");
        brand.addClassName("arus-brand");
        Scroller scroller = new Scroller(nav);
        addToDrawer(brand, scroller, footer());

        title.addClassName("arus-view-title");
        addToNavbar(new DrawerToggle(), title);
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("arus-drawer-footer");
        authentication.getPrincipalName().ifPresent(name -> {
            Span user = new Span(new Icon(VaadinIcon.USER), new Span(name));
            user.addClassName("arus-user");
            footer.add(user);
        });
        Select<Locale> language = new Select<>();
        language.setItems(ArusI18n.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(UI.getCurrent().getLocale().getLanguage().equals("en") ? Locale.ENGLISH : ArusI18n.INDONESIAN);
        language.setAriaLabel(getTranslation("shell.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                ArusI18n.switchTo(e.getValue());
                authentication.getPrincipalName().ifPresent(name -> events.publishEvent(new LanguageChosen(name, e.getValue())));
            }
        });
        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        footer.add(new HorizontalLayout(language, logout));
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(getTranslation(entry.title()), entry.path())
                    : new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            MenuBadge badge = badges.get(entry.path().replaceFirst("^/", ""));
            if (badge != null) {
                badge.count().ifPresent(count -> {
                    Span counter = new Span(String.valueOf(count));
                    counter.getElement().getThemeList().add("badge contrast pill small");
                    counter.addClassName("arus-menu-count");
                    item.setSuffixComponent(counter);
                });
            }
            nav.addItem(item);
        }
        title.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
