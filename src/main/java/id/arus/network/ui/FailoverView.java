package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.Failover;
import id.arus.network.FailoverMove;
import id.arus.network.FailoverPair;
import id.arus.network.NasStatus;
import id.arus.network.RouterCommandException;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Each primary NAS with each of its backups: how both are, how long the primary has not been online, and
 * whether (and since when, why, by whom) its subscribers are carried by a backup. NOC and ADMIN can fail
 * over or hand back at once, giving a reason that goes into the audit trail; technicians and customer
 * service look (customer service answers the phone when a site is down).
 */
@Route("network/failover")
@Menu(title = "menu.failover", order = 34, icon = "vaadin:random")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class FailoverView extends VerticalLayout implements HasDynamicTitle {

    private final transient Failover failover;
    private final transient OperatorZone zone;
    private final boolean mayAct;
    private final Grid<FailoverPair> grid = new Grid<>(FailoverPair.class, false);

    public FailoverView(Failover failover, AuthenticationContext authentication, OperatorZone zone) {
        this.failover = failover;
        this.zone = zone;
        this.mayAct = authentication.hasAnyRole("ADMIN", "NOC");
        setPadding(true);
        setSizeFull();

        Button reload = new Button(getTranslation("failover.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("failover-refresh");
        Button check = new Button(getTranslation("failover.check"), VaadinIcon.STETHOSCOPE.create(), e -> checkNow());
        check.setId("failover-check");
        check.setVisible(mayAct);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("failover.title")), new HorizontalLayout(reload, check));
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.setId("failover-grid");
        grid.addColumn(p -> p.primary().name()).setHeader(getTranslation("failover.primary")).setKey("primary").setAutoWidth(true);
        grid.addComponentColumn(p -> badge(p.primaryStatus())).setHeader(getTranslation("failover.primaryStatus")).setKey("primaryStatus");
        grid.addColumn(this::downFor).setHeader(getTranslation("failover.downFor")).setKey("downFor");
        grid.addColumn(p -> p.backup().name()).setHeader(getTranslation("failover.backup")).setKey("backup").setAutoWidth(true);
        grid.addComponentColumn(p -> badge(p.backupStatus())).setHeader(getTranslation("failover.backupStatus")).setKey("backupStatus");
        grid.addColumn(this::state).setHeader(getTranslation("failover.state")).setKey("state").setFlexGrow(2);
        if (mayAct) {
            grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("failover.empty"));
        add(header, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(failover.pairs());
    }

    private Span badge(NasStatus status) {
        Span badge = new Span(status == null ? getTranslation("failover.status.unknown") : getTranslation("nas.status." + status.name()));
        badge.getElement().getThemeList().add(status == null ? "badge contrast" : status == NasStatus.ONLINE ? "badge success" : "badge error");
        return badge;
    }

    private String downFor(FailoverPair pair) {
        if (pair.primaryStatus() == null || pair.primaryStatus() == NasStatus.ONLINE) {
            return "";
        }
        Duration down = Duration.between(pair.primaryStatusSince(), Instant.now());
        return getTranslation("failover.duration", down.toHours(), down.toMinutesPart());
    }

    private String state(FailoverPair pair) {
        if (pair.failover() == null) {
            String none = getTranslation("failover.state.none");
            boolean down = pair.primaryStatus() != null && pair.primaryStatus() != NasStatus.ONLINE;
            return down && pair.obstacle() != null ? none + " · " + getTranslation(pair.obstacle()) : none;
        }
        if (!pair.carriedByThisBackup()) {
            return getTranslation("failover.state.elsewhere");
        }
        FailoverPair.Active active = pair.failover();
        String how = active.manual() ? getTranslation("failover.state.manual", active.startedBy()) : getTranslation("failover.state.auto");
        String text = getTranslation("failover.state.here", zone.format(active.since(), getLocale())) + " (" + how + "): " + active.reason();
        return pair.pendingError() == null ? text : text + " · " + getTranslation("failover.pending", pair.pendingError());
    }

    private Button action(FailoverPair pair) {
        boolean handBack = pair.carriedByThisBackup();
        Button button = new Button(getTranslation(handBack ? "failover.back" : "failover.now"),
                e -> confirm(pair, handBack));
        button.setId((handBack ? "failover-back-" : "failover-now-") + pair.primary().id() + "-" + pair.backup().id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, handBack ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        button.setVisible(handBack || pair.failover() == null);
        return button;
    }

    /** Asks for the reason, then acts; a refusal shows on the reason field or as a notification. */
    private void confirm(FailoverPair pair, boolean handBack) {
        Dialog dialog = new Dialog(getTranslation(handBack ? "failover.back" : "failover.now"));
        dialog.setId("failover-dialog");
        Paragraph question = new Paragraph(getTranslation(handBack ? "failover.confirm.back" : "failover.confirm.now",
                pair.primary().name(), pair.backup().name()));
        TextArea reason = new TextArea(getTranslation("failover.reason"));
        reason.setId("failover-reason");
        reason.setHelperText(getTranslation("failover.reason.help"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        dialog.add(new VerticalLayout(question, reason));
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);

        Function<String, FailoverMove> act = handBack
                ? why -> failover.handBack(pair.primary().id(), why)
                : why -> failover.failOver(pair.primary().id(), pair.backup().id(), why);
        Button ok = new Button(getTranslation(handBack ? "failover.back" : "failover.now"), e -> {
            try {
                FailoverMove move = act.apply(reason.getValue());
                dialog.close();
                FieldErrors.success(handBack ? getTranslation("failover.ended", pair.primary().name())
                        : getTranslation("failover.started", pair.primary().name(), pair.backup().name()));
                if (!move.reconciled()) {
                    FieldErrors.error(getTranslation("failover.notReconciled", pair.backup().name(), move.error()));
                }
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (RouterCommandException refused) {
                FieldErrors.error(refused.getMessage());
            }
        });
        ok.setId("failover-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, handBack ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("failover.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void checkNow() {
        Failover.Check result = failover.watch();
        FieldErrors.success(getTranslation("failover.checked", result.started(), result.ended(), result.failed()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("failover.title");
    }
}
