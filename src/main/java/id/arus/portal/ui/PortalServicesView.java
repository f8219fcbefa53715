package id.arus.portal.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.network.LiveSession;
import id.arus.portal.PortalLayout;
import id.arus.shell.Quantities;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The customer's services: each subscription with its plan and status and, for a line that is provisioned,
 * what the router says right now (online or offline, address, uptime, this session's traffic). The live part
 * is read again every {@link #REFRESH} while the page is open (Vaadin polling, so it also works behind
 * proxies that drop push connections). After sign-up it says what happens next.
 */
@Route(value = PortalServicesView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalServicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PortalServicesView.class);
    static final Duration REFRESH = Duration.ofSeconds(15);

    private final transient SubscriptionManagement subscriptions;
    private final transient PlanCatalog plans;
    private final Div welcome = new Div();
    private final Div services = new Div();
    /** The live line of each provisioned service, by number, refreshed on each poll. */
    private final Map<String, Paragraph> live = new LinkedHashMap<>();
    private Registration polling;

    public PortalServicesView(SubscriptionManagement subscriptions, PlanCatalog plans) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        setPadding(false);
        welcome.setId("portal-welcome");
        welcome.setVisible(false);
        services.setId("portal-services");
        services.setWidthFull();
        add(new H2(getTranslation("portal.services.title")), welcome, services);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean registered = event.getLocation().getQueryParameters().getParameters().containsKey("registered");
        welcome.removeAll();
        if (registered) {
            Anchor upload = new Anchor("portal/dokumen", getTranslation("portal.welcome.upload"));
            upload.getElement().setAttribute("router-link", true);
            welcome.add(new H3(getTranslation("portal.welcome.title")), new Paragraph(getTranslation("portal.welcome.text")), upload);
            welcome.getStyle().set("background", "var(--lumo-success-color-10pct)").set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("width", "100%").set("box-sizing", "border-box");
        }
        welcome.setVisible(registered);
        showServices();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval((int) REFRESH.toMillis());
        polling = attach.getUI().addPollListener(e -> refreshLive());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    void showServices() {
        services.removeAll();
        live.clear();
        List<Subscription> mine;
        try {
            mine = subscriptions.mine();
        } catch (NoSuchElementException e) {
            mine = List.of(); // an account customer service has not linked to a customer record yet
        }
        if (mine.isEmpty()) {
            services.add(new Paragraph(getTranslation("portal.services.none")));
            return;
        }
        for (Subscription s : mine) {
            services.add(card(s));
        }
        refreshLive();
    }

    /** Asks the routers again for every provisioned service on the page. */
    void refreshLive() {
        live.forEach((number, line) -> {
            try {
                line.setText(describe(subscriptions.liveState(number)));
            } catch (RuntimeException e) {
                // a router that does not answer must not break the page: the next poll tries again
                log.debug("Live state of {} not available: {}", number, e.toString());
                line.setText(getTranslation("portal.live.unknown"));
            }
        });
    }

    private Div card(Subscription s) {
        Div card = new Div();
        card.setId("portal-service-" + s.number());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        Span status = new Span(getTranslation("portal.status." + s.status().name()));
        status.setId("portal-service-status-" + s.number());
        status.getElement().getThemeList().add(switch (s.status()) {
            case ACTIVE -> "badge success";
            case SUSPENDED, REJECTED -> "badge error";
            case TERMINATED -> "badge contrast";
            default -> "badge";
        });
        H3 title = new H3(planName(s));
        title.getStyle().set("margin", "0 0 var(--lumo-space-xs)");
        card.add(title, status, new Paragraph(s.number() + (s.login() == null ? "" : " · " + s.login())));
        if (s.statusReason() != null && !s.statusReason().isBlank()) {
            card.add(new Paragraph(getTranslation("portal.services.reason",
                    SuspensionReason.readable(s.statusReason(), r -> getTranslation("reason." + r.name())))));
        }
        if (s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.SUSPENDED) {
            Paragraph line = new Paragraph(getTranslation("portal.live.unknown"));
            line.setId("portal-live-" + s.number());
            live.put(s.number(), line);
            card.add(line);
        } else if (s.status() == SubscriptionStatus.ONBOARDING || s.status() == SubscriptionStatus.ACTIVATING) {
            card.add(new Paragraph(getTranslation("portal.services.onboarding")));
        }
        return card;
    }

    private String planName(Subscription s) {
        try {
            Plan plan = plans.version(s.planId(), s.planVersion());
            return getTranslation("portal.plan", plan.name(), Quantities.speed(plan.downloadKbps()), Quantities.speed(plan.uploadKbps()));
        } catch (NoSuchElementException e) {
            return s.number();
        }
    }

    /** The live line: online or not, then today's traffic (a customer who went offline still used it). */
    String describe(LiveSession session) {
        String state = session.online()
                ? getTranslation("portal.live.online", session.address() == null ? "—" : session.address(), Quantities.duration(session.uptime()))
                : getTranslation("portal.live.offline");
        return state + " · " + getTranslation("portal.live.today", Quantities.bytes(session.todayTxBytes()), Quantities.bytes(session.todayRxBytes()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.services.title");
    }
}
