package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.Drift;
import id.arus.network.DriftReport;
import id.arus.network.ReconcileOutcome;
import id.arus.network.ReconcileReport;
import id.arus.network.Reconciler;
import id.arus.network.RouterCommandException;
import id.arus.settings.OperatorZone;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Per router, what differs from Arus's desired state and how its last reconcile went. NOC and ADMIN
 * reconcile one router or all; technicians look. Customer service has no use for router internals and
 * the names of unmanaged entries an engineer made, so the view is not theirs.
 *
 * <p>Opening the view reads every router once (a print of each managed menu, pipelined), nothing is
 * changed. The details list the differences per menu (PPP profiles and secrets, hotspot profiles and
 * users, simple queues, address list); a router refusing Arus's login says so rather than "error".
 */
@Route("network/drift")
@Menu(title = "menu.drift", order = 31, icon = "vaadin:exchange")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN"})
public class DriftView extends VerticalLayout implements HasDynamicTitle {

    /** A router can hold thousands of differences; the panel shows the first ones of each kind. */
    private static final int MAX_LISTED = 50;

    private final transient Drift drift;
    private final transient Reconciler reconciler;
    private final transient OperatorZone zone;
    private final boolean mayReconcile;
    private final Grid<DriftReport> grid = new Grid<>(DriftReport.class, false);
    private final VerticalLayout details = new VerticalLayout();
    private final Div result = new Div();
    private List<DriftReport> reports = List.of();

    public DriftView(Drift drift, Reconciler reconciler, AuthenticationContext authentication, OperatorZone zone) {
        this.drift = drift;
        this.reconciler = reconciler;
        this.zone = zone;
        this.mayReconcile = authentication.hasAnyRole("ADMIN", "NOC");
        setPadding(true);

        Button refresh = new Button(getTranslation("drift.refresh"), VaadinIcon.REFRESH.create(), e -> refresh(null));
        refresh.setId("drift-refresh");
        Button all = new Button(getTranslation("drift.reconcile.all"), VaadinIcon.EXCHANGE.create(), e -> confirmReconcileAll());
        all.setId("drift-reconcile-all");
        all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        all.setVisible(mayReconcile);
        // Wraps on a phone: the buttons go under the title instead of squeezing it.
        FlexLayout actions = new FlexLayout(refresh, all);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        FlexLayout header = new FlexLayout(new H2(getTranslation("drift.title")), actions);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        result.setId("drift-result");
        result.setWidthFull();
        result.setVisible(false);

        grid.setId("drift-grid");
        grid.addColumn(DriftReport::nasName).setHeader(getTranslation("drift.router")).setKey("name")
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("drift.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(this::lastText).setHeader(getTranslation("drift.lastReconciled")).setKey("last").setAutoWidth(true);
        grid.addColumn(this::counts).setHeader(getTranslation("drift.differences")).setKey("counts").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("drift.empty"));
        grid.setHeight("40vh");
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setId("drift-details");
        details.setPadding(false);
        details.setWidthFull();
        add(header, result, grid, details);
        refresh(null);
    }

    /** Reads the routers again; keeps the selected one open. */
    private void refresh(Long select) {
        Long selected = select != null ? select : grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().nasId();
        reports = drift.driftAll();
        grid.setItems(reports);
        DriftReport again = reports.stream().filter(r -> selected != null && r.nasId() == selected).findFirst().orElse(null);
        grid.asSingleSelect().setValue(again);
        showDetails(again);
    }

    private Span status(DriftReport report) {
        Span badge;
        if (report.error() != null) {
            badge = new Span(getTranslation(report.loginRefused() ? "drift.status.loginRefused"
                    : report.unreachable() ? "drift.status.unreachable" : "drift.status.error"));
            badge.getElement().getThemeList().add("badge error");
            badge.setTitle(report.error());
        } else if (report.inSync()) {
            badge = new Span(getTranslation("drift.status.inSync"));
            badge.getElement().getThemeList().add("badge success");
        } else {
            badge = new Span(getTranslation("drift.status.drift", report.differences()));
            badge.getElement().getThemeList().add("badge contrast");
        }
        badge.setId("drift-status-" + report.nasId());
        return badge;
    }

    private String counts(DriftReport r) {
        if (r.error() != null) {
            return "";
        }
        return getTranslation("drift.counts", r.toAdd().size(), r.toChange().size(), r.toRemove().size(),
                r.conflicts().size(), r.unmanaged().size());
    }

    private String lastText(DriftReport r) {
        ReconcileReport.Summary last = r.lastReconcile();
        if (last == null) {
            return getTranslation("drift.never");
        }
        String at = zone.format(last.reconciledAt(), getLocale());
        return last.error() == null ? getTranslation("drift.last.ok", at) : getTranslation("drift.last.failed", at, last.error());
    }

    private void showDetails(DriftReport report) {
        details.removeAll();
        if (report == null) {
            details.add(new Paragraph(getTranslation("drift.select")));
            return;
        }
        details.add(new H3(getTranslation("drift.details.title", report.nasName())));
        if (report.error() != null) {
            if (report.loginRefused()) {
                Paragraph refused = new Paragraph(getTranslation("drift.details.loginRefused"));
                refused.setId("drift-details-login-refused");
                details.add(refused);
            }
            Paragraph error = new Paragraph(report.error());
            error.setId("drift-details-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            details.add(error);
        } else if (report.inSync()) {
            details.add(new Paragraph(getTranslation("drift.details.none")));
        }
        for (DriftReport.KindDrift kind : report.kinds()) {
            if (kind.differences() == 0 && kind.unmanaged().isEmpty()) {
                continue;
            }
            String slug = kind.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            H4 heading = new H4(getTranslation("drift.details.kind", getTranslation("desired.kind." + kind.kind().name()),
                    kind.differences(), kind.unmanaged().size()));
            heading.setId("drift-" + slug);
            details.add(heading);
            section(slug, "toAdd", kind.toAdd());
            section(slug, "toChange", kind.toChange().stream().map(c -> c.name() + " (" + String.join(", ", c.fields()) + ")").toList());
            section(slug, "toRemove", kind.toRemove());
            section(slug, "conflicts", kind.conflicts());
            section(slug, "unmanaged", kind.unmanaged());
        }
        if (mayReconcile) {
            Button reconcile = new Button(getTranslation("drift.reconcile"), VaadinIcon.EXCHANGE.create(), e -> reconcile(report));
            reconcile.setId("drift-reconcile");
            reconcile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            details.add(reconcile);
        }
    }

    /** One list of a menu's differences, e.g. id {@code drift-ppp-secret-toAdd}. */
    private void section(String slug, String kind, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("drift-" + slug + "-" + kind);
        names.stream().limit(MAX_LISTED).forEach(n -> list.add(new ListItem(n)));
        if (names.size() > MAX_LISTED) {
            list.add(new ListItem(getTranslation("drift.details.more", names.size() - MAX_LISTED)));
        }
        details.add(new Span(getTranslation("drift.details." + kind) + " (" + names.size() + ")"), list);
    }

    private void reconcile(DriftReport report) {
        List<String> lines = new ArrayList<>();
        boolean failed = false;
        try {
            lines.addAll(describe(report.nasName(), reconciler.reconcile(report.nasId())));
            failed = lines.size() > 1;
        } catch (RouterCommandException e) {
            lines.add(getTranslation(e.loginRefused() ? "drift.result.loginRefused"
                    : e.unreachable() ? "drift.result.unreachable" : "drift.result.error", report.nasName(), e.getMessage()));
            failed = true;
        }
        showResult(lines, failed);
        refresh(report.nasId());
    }

    private void confirmReconcileAll() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("drift.reconcile.all"), getTranslation("drift.reconcile.all.confirm"),
                getTranslation("drift.reconcile.all"), e -> reconcileAll());
        confirm.setId("drift-reconcile-all-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("drift.cancel"));
        confirm.open();
    }

    private void reconcileAll() {
        List<ReconcileOutcome> outcomes = drift.reconcileAll();
        long failedRouters = outcomes.stream().filter(o -> !o.succeeded()).count();
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("drift.result.all", outcomes.size() - failedRouters, failedRouters));
        // Failures first: with hundreds of routers the ones that need attention must not scroll away.
        for (ReconcileOutcome o : outcomes) {
            if (!o.succeeded()) {
                lines.add(getTranslation(o.loginRefused() ? "drift.result.loginRefused"
                        : o.unreachable() ? "drift.result.unreachable" : "drift.result.error", o.nasName(), o.error()));
            }
        }
        boolean refused = false;
        for (ReconcileOutcome o : outcomes) {
            if (o.succeeded()) {
                List<String> described = describe(o.nasName(), o.report());
                refused |= described.size() > 1;
                lines.addAll(described);
            }
        }
        showResult(lines, failedRouters > 0 || refused);
        refresh(null);
    }

    /** The counts, then the router's own message for each command it refused. */
    private List<String> describe(String name, ReconcileReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("drift.result.ok", name, report.added(), report.changed(), report.removed(), report.kicked()));
        if (!report.failures().isEmpty()) {
            lines.add(getTranslation("drift.result.refused", name, report.failures().size()));
            lines.addAll(report.failures());
        }
        return lines;
    }

    private void showResult(List<String> lines, boolean failed) {
        result.removeAll();
        for (String line : lines) {
            result.add(new Paragraph(line));
        }
        result.getStyle().set("color", failed ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        result.setVisible(true);
        if (failed) {
            FieldErrors.error(lines.get(lines.size() > 1 ? 1 : 0));
        } else {
            FieldErrors.success(lines.get(0));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drift.title");
    }
}
