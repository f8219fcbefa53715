package id.arus.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.identity.SessionDirectory;
import id.arus.identity.SignedInUser;
import id.arus.identity.UserDirectory;
import id.arus.network.NetworkIncidents;
import id.arus.operations.ComponentHealth;
import id.arus.operations.OperationsHealth;
import id.arus.operations.Severity;
import id.arus.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import id.arus.settings.OperatorZone;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The staff landing page: the health of every part of Arus first (what staff must act on), then
 * users by role, who is signed in and, for admins, the latest entries of the audit trail. Cards wrap
 * into one column on a phone. Everything shown is read from in-memory snapshots or small indexed
 * queries, so the page opens well within two seconds (see {@code ./bench/run.sh dashboard}).
 */
@Route("")
@Menu(title = "menu.dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class DashboardView extends Div implements HasDynamicTitle {

    static final int RECENT_ACTIVITY = 15;
    private final transient OperatorZone zone;

    private final transient OperationsHealth health;
    private final Div healthCards = new Div();

    public DashboardView(UserDirectory users, SessionDirectory sessions, AuditTrail audit, OperationsHealth health,
                         AuthenticationContext authentication, OperatorZone zone, NetworkIncidents incidents) {
        this.health = health;
        this.zone = zone;
        addClassName("arus-dashboard");
        getStyle().set("padding", "var(--lumo-space-m)");

        healthCards.setId("health");
        grid(healthCards);
        Button refresh = new Button(getTranslation("dashboard.health.refresh"), VaadinIcon.REFRESH.create(),
                e -> showHealth(this.health.checkNow()));
        refresh.setId("health-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(section("dashboard.health", refresh, healthCards));
        showHealth(health.components());

        Div lower = new Div();
        grid(lower);
        lower.add(card("dashboard.usersByRole", usersByRole(users.countByRole())));
        lower.add(card("dashboard.signedIn", signedIn(sessions.signedIn())));
        if (authentication.hasAnyRole("ADMIN", "NOC", "TECHNICIAN", "CS")) {
            lower.add(card("dashboard.incidents", openIncidents(incidents.countOpen())));
        }
        if (authentication.hasRole(Role.ADMIN.name())) {
            lower.add(card("dashboard.recentActivity", recentActivity(audit.search(AuditQuery.all(), 0, RECENT_ACTIVITY))));
        }
        add(lower);
    }

    private void showHealth(List<ComponentHealth> components) {
        healthCards.removeAll();
        for (ComponentHealth component : components) {
            healthCards.add(healthCard(component));
        }
    }

    private Component healthCard(ComponentHealth component) {
        Div card = new Div();
        card.setId("health-" + component.component());
        styleCard(card);
        Span name = new Span(getTranslation("dashboard.component." + component.component()));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span status = badge(getTranslation("dashboard.status", component.status()),
                "UP".equals(component.status()) ? "success" : "error");
        status.addClassName("health-status");
        Severity severity = component.severity();
        Span severityBadge = badge(getTranslation("dashboard.severity." + (severity == null ? "NONE" : severity.name())),
                severity == null ? "contrast" : switch (severity) {
                    case OK -> "success";
                    case WARNING -> "warning";
                    case CRITICAL -> "error primary";
                });
        severityBadge.addClassName("health-severity");
        Div header = new Div(name, status, severityBadge);
        header.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        card.add(header);

        Paragraph meta = new Paragraph(getTranslation("dashboard.health.checked", time(component.checkedAt()),
                component.responseMillis()));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        card.add(meta);
        if (!component.reasons().isEmpty()) {
            Paragraph reasons = new Paragraph(String.join("; ", component.reasons()));
            reasons.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            card.add(reasons);
        }
        Paragraph lastError = new Paragraph(component.lastError() == null
                ? getTranslation("dashboard.health.noError")
                : getTranslation("dashboard.health.lastError", time(component.lastErrorAt()), component.lastError()));
        lastError.addClassNames("health-last-error", LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL);
        if (component.lastError() != null) {
            lastError.addClassName(LumoUtility.TextColor.ERROR);
        }
        card.add(lastError);
        return card;
    }

    private Component usersByRole(Map<Role, Long> counts) {
        Div list = new Div();
        list.setId("users-by-role");
        for (Role role : Role.values()) {
            long count = counts.getOrDefault(role, 0L);
            Div row = new Div(new Span(getTranslation("role." + role.name())), new Span(String.valueOf(count)));
            row.setId("users-" + role.name());
            row.getStyle().set("display", "flex").set("justify-content", "space-between")
                    .set("padding", "var(--lumo-space-xs) 0");
            list.add(row);
        }
        return list;
    }

    /** How many network incidents wait for staff, with the way to them. */
    private Component openIncidents(long open) {
        Span count = badge(open == 0 ? getTranslation("dashboard.incidents.none") : getTranslation("dashboard.incidents.open", open),
                open == 0 ? "success" : "error");
        count.setId("open-incidents");
        // By path: the view is the network module's internal part, its service is the API.
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("network/incidents",
                getTranslation("dashboard.incidents.open.link"));
        link.setId("open-incidents-link");
        Div content = new Div(count, new Div(link));
        content.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        return content;
    }

    private Component signedIn(List<SignedInUser> users) {
        Div list = new Div();
        list.setId("signed-in");
        if (users.isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.signedIn.none")));
        }
        for (SignedInUser user : users) {
            Span name = new Span(user.username());
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Span detail = new Span(getTranslation("dashboard.signedIn.detail", time(user.since()),
                    user.remoteAddress() == null ? getTranslation("dashboard.unknownAddress") : user.remoteAddress()));
            detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div row = new Div(name, new Div(detail));
            row.addClassName("signed-in-user");
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            list.add(row);
        }
        return list;
    }

    private Component recentActivity(List<AuditEntry> entries) {
        Div list = new Div();
        list.setId("recent-activity");
        if (entries.isEmpty()) {
            list.add(new Paragraph(getTranslation("dashboard.recentActivity.none")));
        }
        for (AuditEntry entry : entries) {
            Span what = new Span(entry.action() + (entry.subject() == null ? "" : " · " + entry.subject()));
            Span who = new Span(getTranslation("dashboard.recentActivity.detail", time(entry.occurredAt()), entry.actor()));
            who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div row = new Div(what, new Div(who));
            row.addClassName("activity-entry");
            row.getStyle().set("padding", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
            list.add(row);
        }
        return list;
    }

    private Section section(String titleKey, Component action, Component content) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Div header = new Div(title, action);
        header.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        return new Section(header, content);
    }

    private Component card(String titleKey, Component content) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE);
        Div card = new Div(title, content);
        styleCard(card);
        return card;
    }

    /** Cards of at least 16rem side by side, wrapping to one column on a phone. */
    private static void grid(Div container) {
        container.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(16rem, 100%), 1fr))")
                .set("margin-bottom", "var(--lumo-space-l)");
    }

    private static void styleCard(Div card) {
        card.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "0");
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private String time(Instant instant) {
        return instant == null ? "-" : zone.format(instant, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
