package id.arus.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.audit.ChainVerification;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit trail for admins: filter, read an entry's values before and after in its details row, check
 * the hash chain and download the filtered entries as CSV. Times are the operator's, not the browser's,
 * so two admins in different places read the same times as the operator's paperwork.
 */
@Route("admin/audit")
@Menu(title = "menu.audit", order = 82, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final transient AuditTrail audit;
    private final ZoneId zone;

    final TextField actor = new TextField();
    final TextField action = new TextField();
    final TextField text = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    final Span verifyResult = new Span();
    final Anchor export;

    /**
     * The filter as last set on screen. The CSV download runs in its own request, outside the UI's lock,
     * so it reads this snapshot instead of the fields.
     */
    private volatile AuditQuery current = AuditQuery.all();

    public AuditView(AuditTrail audit, OperatorZone operatorZone) {
        this.audit = audit;
        this.zone = operatorZone.zone();
        setSizeFull();
        addClassName("arus-audit");

        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.text"));
        for (TextField f : new TextField[] {actor, action, text}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> filterChanged());
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.to"));
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());

        Button verify = new Button(getTranslation("audit.verify"), new Icon(VaadinIcon.CHECK_CIRCLE_O), e -> verify());
        verify.setId("audit-verify");
        verifyResult.setId("audit-verify-result");

        export = new Anchor(csvDownload(), "");
        export.setId("audit-export");
        export.add(new Button(getTranslation("audit.export"), new Icon(VaadinIcon.DOWNLOAD)));

        HorizontalLayout filters = new HorizontalLayout(actor, action, text, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(verify, export, verifyResult);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> TIME.format(e.occurredAt().atZone(zone))).setHeader(getTranslation("audit.col.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.col.address")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.col.subject")).setFlexGrow(1);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        // Lazy: only the visible page is read, and count() tells the grid how far it can scroll.
        grid.setItems(q -> audit.search(current, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, audit.count(current)));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);

        Span zoneNote = new Span(getTranslation("audit.zone", zone.getId()));
        zoneNote.addClassName("arus-hint");
        add(filters, actions, zoneNote, grid);
        setFlexGrow(1, grid);
    }

    private void filterChanged() {
        current = new AuditQuery(startOf(from.getValue()), endOf(to.getValue()), actor.getValue(), action.getValue(), text.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The query behind what the grid shows now. */
    AuditQuery currentQuery() {
        return current;
    }

    private Instant startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    /** "To" includes the whole day: the query's upper bound is exclusive, so it is the next day's start. */
    private Instant endOf(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void verify() {
        ChainVerification result = audit.verifyChain();
        verifyResult.setText(result.intact()
                ? getTranslation("audit.verify.ok", result.entriesChecked())
                : getTranslation("audit.verify.broken", String.valueOf(result.firstBrokenId()), result.reason()));
        verifyResult.getElement().getThemeList().clear();
        verifyResult.getElement().getThemeList().add(result.intact() ? "badge success" : "badge error");
    }

    private DownloadHandler csvDownload() {
        return event -> {
            event.setFileName("audit-" + LocalDate.now(zone) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.export(current, zone, event.getOutputStream());
        };
    }

    /** The details row of an entry: its values before and after, and its hash. */
    Div details(AuditEntry e) {
        Div box = new Div();
        box.addClassName("arus-audit-details");
        box.add(new H4(getTranslation("audit.before")), new Pre(e.before() == null ? "-" : e.before()));
        box.add(new H4(getTranslation("audit.after")), new Pre(e.after() == null ? "-" : e.after()));
        box.add(new Span(getTranslation("audit.hash") + ": " + e.hash()));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
