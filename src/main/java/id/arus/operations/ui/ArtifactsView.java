package id.arus.operations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactStatus;
import jakarta.annotation.security.RolesAllowed;
import id.arus.settings.OperatorZone;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every analyst file (processes, rules, routes) with where it came from, what serves now and why
 * the latest edit was rejected, so an admin can answer "did my change go live?" without reading logs.
 */
@Route("admin/artifacts")
@Menu(title = "menu.artifacts", order = 86, icon = "vaadin:file-code")
@RolesAllowed("ADMIN")
public class ArtifactsView extends Div implements HasDynamicTitle {

    private final transient OperatorZone zone;

    private final transient AnalystArtifacts artifacts;
    private final Map<ArtifactKind, Grid<ArtifactStatus>> grids = new EnumMap<>(ArtifactKind.class);
    private final Map<ArtifactKind, Span> locations = new EnumMap<>(ArtifactKind.class);

    public ArtifactsView(AnalystArtifacts artifacts, OperatorZone zone) {
        this.zone = zone;
        this.artifacts = artifacts;
        addClassName("arus-artifacts");
        getStyle().set("padding", "var(--lumo-space-m)");

        Button rescan = new Button(getTranslation("artifacts.rescan"), VaadinIcon.REFRESH.create(), e -> {
            this.artifacts.rescan();
            refresh();
        });
        rescan.setId("rescan");
        rescan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(rescan);

        for (ArtifactKind kind : ArtifactKind.values()) {
            add(section(kind));
        }
        refresh();
    }

    private Component section(ArtifactKind kind) {
        H2 title = new H2(getTranslation("artifacts.kind." + kind.name()));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.LARGE);
        Span location = new Span();
        location.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        locations.put(kind, location);

        Grid<ArtifactStatus> grid = new Grid<>();
        grid.setId("artifacts-" + kind.folder());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ArtifactStatus::path).setKey("file").setHeader(getTranslation("artifacts.file")).setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("artifacts.state")).setAutoWidth(true);
        grid.addColumn(s -> s.version() == null ? "-" : s.version()).setKey("version").setHeader(getTranslation("artifacts.version"));
        grid.addColumn(s -> getTranslation("artifacts.origin." + s.origin().name())).setKey("origin")
                .setHeader(getTranslation("artifacts.origin")).setAutoWidth(true);
        grid.addColumn(s -> s.checksum() == null ? "-" : s.checksum().substring(0, Math.min(12, s.checksum().length())))
                .setKey("checksum").setHeader(getTranslation("artifacts.checksum")).setAutoWidth(true);
        grid.addColumn(s -> time(s.lastLoaded())).setKey("lastLoaded").setHeader(getTranslation("artifacts.lastLoaded")).setAutoWidth(true);
        grid.addColumn(ArtifactsView::lastError).setKey("lastError").setHeader(getTranslation("artifacts.lastError")).setFlexGrow(3);
        grids.put(kind, grid);
        return new Div(title, location, grid);
    }

    private Component state(ArtifactStatus status) {
        Span badge = new Span(getTranslation("artifacts.state." + status.state().name()));
        badge.getElement().getThemeList().add("badge " + switch (status.state()) {
            case ACTIVE -> "success";
            case REJECTED -> "error";
            case REMOVED -> "contrast";
        });
        return badge;
    }

    /** Every problem of the rejected edit as "file:line:column: reason", the way the parser reported it. */
    static String lastError(ArtifactStatus status) {
        return status.problems().isEmpty() ? "" : status.problems().stream().map(ArtifactProblem::toString)
                .collect(Collectors.joining("\n"));
    }

    private void refresh() {
        for (ArtifactKind kind : ArtifactKind.values()) {
            grids.get(kind).setItems(artifacts.statuses(kind));
            locations.get(kind).setText(getTranslation("artifacts.location", artifacts.location(kind)));
        }
    }

    private String time(Instant instant) {
        return instant == null ? "-" : zone.format(instant, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.artifacts");
    }
}
