package id.arus.subscription.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentType;
import id.arus.network.LiveSession;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.Quantities;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionChange;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * One subscription: what it is and where (plan, NAS, login, address, CPE, ODP), what the router says now,
 * its history, the technician's installation photos, and the staff actions allowed in its status, each
 * confirmed first. Every action starts or signals the subscription's process; the page shows the outcome
 * when the process has done it (refresh).
 */
@Route(SubscriptionDetailView.ROUTE)
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class SubscriptionDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "subscriptions/:number";

    private final transient SubscriptionManagement subscriptions;
    private final transient PlanCatalog plans;
    private final transient NasManagement routers;
    private final transient CustomerDocuments documents;
    private final transient OperatorZone zone;
    private final transient AuthenticationContext authentication;
    private String number = "";

    public SubscriptionDetailView(SubscriptionManagement subscriptions, PlanCatalog plans, NasManagement routers,
                                  CustomerDocuments documents, OperatorZone zone, AuthenticationContext authentication) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.routers = routers;
        this.documents = documents;
        this.zone = zone;
        this.authentication = authentication;
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        number = event.getRouteParameters().get("number").orElse("");
        try {
            render(subscriptions.get(number));
        } catch (NoSuchElementException e) {
            event.rerouteTo(SubscriptionsView.class);
        }
    }

    private void render(Subscription s) {
        removeAll();
        Map<Long, String> nasNames = VisibleRouters.of(routers).stream().collect(Collectors.toMap(Nas::id, Nas::name));
        String planText;
        try {
            Plan plan = plans.version(s.planId(), s.planVersion());
            planText = plan.code() + " - " + plan.name() + " v" + plan.version();
        } catch (RuntimeException e) {
            planText = "#" + s.planId() + " v" + s.planVersion();
        }
        Span status = new Span(getTranslation("status." + s.status().name()));
        status.setId("subscription-status");
        status.getElement().getThemeList().add(switch (s.status()) {
            case ACTIVE -> "badge success";
            case SUSPENDED, REJECTED -> "badge error";
            case TERMINATED -> "badge contrast";
            default -> "badge";
        });
        add(new RouterLink(getTranslation("subscriptions.back"), SubscriptionsView.class), new H2(s.number()), status);

        FormLayout facts = new FormLayout();
        facts.setId("subscription-facts");
        fact(facts, "subscription.customer", s.customerCode());
        fact(facts, "subscription.plan", planText);
        fact(facts, "subscription.type", s.type().name());
        fact(facts, "subscription.site", s.site());
        fact(facts, "subscription.nas", s.nasId() == null ? "-" : nasNames.getOrDefault(s.nasId(), "#" + s.nasId()));
        fact(facts, "subscription.login", s.login());
        fact(facts, "subscription.address", s.address());
        fact(facts, "subscription.cpe", s.cpeSerial() == null ? null : s.cpeSerial() + " (" + s.cpeModel() + ")");
        fact(facts, "subscription.odp", s.distributionPointId() == null ? null : "#" + s.distributionPointId());
        fact(facts, "subscription.location", s.location() == null ? null : s.location().format());
        fact(facts, "subscription.reason", SuspensionReason.readable(s.statusReason(), r -> getTranslation("reason." + r.name())));
        fact(facts, "subscription.created", zone.format(s.createdAt(), getLocale()));
        fact(facts, "subscription.activated", s.activatedAt() == null ? null : zone.format(s.activatedAt(), getLocale()));
        add(facts, live(s), actions(s));
        if (authentication.hasAnyRole("ADMIN", "CS", "TECHNICIAN") && s.status() != SubscriptionStatus.REJECTED) {
            add(photos(s));
        }
        Grid<SubscriptionChange> history = new Grid<>(SubscriptionChange.class, false);
        history.setId("subscription-history");
        history.addColumn(c -> zone.format(c.at(), getLocale())).setHeader(getTranslation("subscription.history.at")).setAutoWidth(true);
        history.addColumn(SubscriptionChange::actor).setHeader(getTranslation("subscription.history.actor")).setAutoWidth(true);
        history.addColumn(SubscriptionChange::what).setHeader(getTranslation("subscription.history.what")).setAutoWidth(true);
        history.addColumn(SubscriptionChange::detail).setHeader(getTranslation("subscription.history.detail")).setFlexGrow(1);
        history.setItems(subscriptions.history(s.number()));
        history.setAllRowsVisible(true);
        add(new H3(getTranslation("subscription.history")), history);
    }

    private void fact(FormLayout facts, String key, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setValue(value == null ? "-" : value);
        field.setReadOnly(true);
        field.setId("fact-" + key.substring(key.indexOf('.') + 1));
        facts.add(field);
    }

    private Component live(Subscription s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("subscription-live");
        box.add(new H3(getTranslation("subscription.live")));
        try {
            LiveSession session = subscriptions.liveState(s.number());
            box.add(new Span(session.online()
                    ? getTranslation("subscription.live.online", session.address(), Quantities.duration(session.uptime()))
                    : getTranslation("subscription.live.offline")));
            box.add(new Span(getTranslation("subscription.live.today", Quantities.bytes(session.todayTxBytes()),
                    Quantities.bytes(session.todayRxBytes()))));
        } catch (RuntimeException e) {
            // an unreachable router must not hide the rest of the page
            box.add(new Span(getTranslation("subscription.live.unknown")));
        }
        return box;
    }

    private Component actions(Subscription s) {
        FlexLayout bar = new FlexLayout();
        bar.setId("subscription-actions");
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        boolean live = s.status() == SubscriptionStatus.ACTIVE || s.status() == SubscriptionStatus.SUSPENDED;
        if (s.status() == SubscriptionStatus.ACTIVE && authentication.hasAnyRole("ADMIN", "CS", "FINANCE", "NOC")) {
            ComboBox<SuspensionReason> reason = new ComboBox<>(getTranslation("subscription.reason"), SuspensionReason.values());
            reason.setItemLabelGenerator(r -> getTranslation("reason." + r.name()));
            reason.setValue(SuspensionReason.NON_PAYMENT);
            reason.setId("suspend-reason");
            TextField note = new TextField(getTranslation("subscription.note"));
            bar.add(action("suspend", reason, note, () -> subscriptions.suspend(s.number(), reason.getValue(), note.getValue())));
        }
        if (s.status() == SubscriptionStatus.SUSPENDED && authentication.hasAnyRole("ADMIN", "CS", "FINANCE", "NOC")) {
            TextField note = new TextField(getTranslation("subscription.note"));
            bar.add(action("unsuspend", null, note, () -> subscriptions.unsuspend(s.number(), note.getValue())));
        }
        if (live && authentication.hasAnyRole("ADMIN", "CS")) {
            ComboBox<Plan> plan = new ComboBox<>(getTranslation("subscription.plan"));
            plan.setItems(plans.sellable().stream().filter(p -> p.type() == s.type()).toList());
            plan.setItemLabelGenerator(p -> p.code() + " - " + p.name());
            plan.setId("change-plan");
            bar.add(action("changePlan", plan, null, () -> subscriptions.changePlan(s.number(), plan.getValue() == null ? 0 : plan.getValue().id())));
        }
        if (live && authentication.hasAnyRole("ADMIN", "NOC")) {
            ComboBox<Nas> target = new ComboBox<>(getTranslation("subscription.nas"));
            target.setItems(VisibleRouters.of(routers).stream().filter(n -> s.nasId() == null || n.id() != s.nasId()).toList());
            target.setItemLabelGenerator(Nas::name);
            target.setId("move-nas");
            bar.add(action("move", target, null, () -> {
                if (target.getValue() == null) {
                    throw InvalidInputException.of("nasId", "subscription.nas.unknown");
                }
                subscriptions.moveTo(s.number(), target.getValue().id());
            }));
        }
        if (s.status() != SubscriptionStatus.TERMINATED && s.status() != SubscriptionStatus.REJECTED
                && authentication.hasAnyRole("ADMIN", "CS")) {
            TextField reason = new TextField(getTranslation("subscription.reason"));
            reason.setId("terminate-reason");
            Button terminate = action("terminate", null, reason, () -> subscriptions.terminate(s.number(), reason.getValue()));
            terminate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(terminate);
        }
        Button refresh = new Button(getTranslation("subscription.refresh"), e -> render(subscriptions.get(s.number())));
        refresh.setId("subscription-refresh");
        bar.add(refresh);
        return bar;
    }

    /** A button that asks for confirmation (with the action's fields) before it acts. */
    private Button action(String name, Component first, Component second, Runnable act) {
        Button button = new Button(getTranslation("subscription.action." + name));
        button.setId("action-" + name);
        button.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("confirm-" + name);
            dialog.setHeader(getTranslation("subscription.action." + name));
            VerticalLayout body = new VerticalLayout(new Span(getTranslation("subscription.confirm." + name, number)));
            body.setPadding(false);
            if (first != null) {
                body.add(first);
            }
            if (second != null) {
                body.add(second);
            }
            dialog.add(body);
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("subscription.cancel"));
            dialog.setConfirmText(getTranslation("subscription.action." + name));
            dialog.addConfirmListener(c -> {
                try {
                    act.run();
                    FieldErrors.success(getTranslation("subscription.done." + name));
                    render(subscriptions.get(number));
                } catch (InvalidInputException ex) {
                    FieldErrors.error(ex.fieldErrors().values().stream().flatMap(java.util.List::stream)
                            .map(this::getTranslation).collect(Collectors.joining(" ")));
                }
            });
            dialog.open();
        });
        return button;
    }

    private Component photos(Subscription s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("subscription.photos")));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                documents.upload(s.customerCode(), s.number(), DocumentType.INSTALLATION_PHOTO, metadata.fileName(), bytes);
                FieldErrors.success(getTranslation("subscription.photos.uploaded", metadata.fileName()));
                render(subscriptions.get(number));
            } catch (InvalidInputException | IllegalArgumentException e) {
                FieldErrors.error(getTranslation("subscription.photos.refused", metadata.fileName()));
            }
        })));
        upload.setId("subscription-photo-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png");
        box.add(upload);
        documents.list(s.customerCode()).stream()
                .filter(d -> s.number().equals(d.subscriptionNumber()) && d.type() == DocumentType.INSTALLATION_PHOTO)
                .forEach(d -> box.add(new Span(d.filename() + " (" + zone.format(d.uploadedAt(), getLocale()) + ", " + d.uploadedBy() + ")")));
        return box;
    }

    @Override
    public String getPageTitle() {
        return number;
    }
}
