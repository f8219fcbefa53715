package id.arus.workflow.ui;

import id.arus.shell.FieldErrors;
import id.arus.settings.OperatorZone;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.ProcessOption;
import id.arus.workflow.TaskInbox;
import id.arus.workflow.TaskNotAvailableException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The staff member's tasks: offered to their roles or held by them. Filters narrow by process, due date
 * and business key; a task opens on its own page (a link that can be shared).
 */
@Route(InboxView.ROUTE)
@Menu(title = "menu.inbox", order = 10, icon = "vaadin:inbox")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "inbox";
    /** Below this window width the grid drops the columns a phone has no room for. */
    private static final int NARROW = 700;

    private final transient TaskInbox inbox;
    private final Select<ProcessOption> process = new Select<>();
    private final DatePicker dueFrom = new DatePicker();
    private final DatePicker dueTo = new DatePicker();
    private final TextField businessKey = new TextField();
    private final Details moreFilters = new Details();
    private final Span count = new Span();
    private final Grid<InboxTask> grid = new Grid<>();
    private Grid.Column<InboxTask> processColumn;
    private Grid.Column<InboxTask> createdColumn;
    /** The filters fold once when a phone-sized window is first seen; after that the user decides. */
    private boolean narrowSeen;

    private final transient OperatorZone zone;

    public InboxView(TaskInbox inbox, OperatorZone zone) {
        this.zone = zone;
        this.inbox = inbox;
        addClassName("arus-inbox");
        setSizeFull();
        setPadding(true);

        process.setLabel(getTranslation("workflow.inbox.filter.process"));
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("workflow.inbox.filter.allProcesses"));
        process.setItemLabelGenerator(p -> p == null ? getTranslation("workflow.inbox.filter.allProcesses") : p.name());
        process.setId("filter-process");
        moreFilters.setOpened(true);
        dueFrom.setLabel(getTranslation("workflow.inbox.filter.dueFrom"));
        dueFrom.setClearButtonVisible(true);
        dueTo.setLabel(getTranslation("workflow.inbox.filter.dueTo"));
        dueTo.setClearButtonVisible(true);
        businessKey.setLabel(getTranslation("workflow.inbox.filter.businessKey"));
        businessKey.setClearButtonVisible(true);
        businessKey.setValueChangeMode(ValueChangeMode.LAZY);
        businessKey.setId("filter-business-key");
        process.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        businessKey.addValueChangeListener(e -> refresh());

        // The business key is what people search by most, so it stays in sight; the rarer filters fold
        // away on a phone, where four stacked fields would push the tasks off the screen.
        FlexLayout more = new FlexLayout(process, dueFrom, dueTo);
        more.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        more.setAlignItems(FlexComponent.Alignment.BASELINE);
        more.getStyle().set("gap", "var(--lumo-space-s)");
        moreFilters.setSummaryText(getTranslation("workflow.inbox.filter.more"));
        moreFilters.add(more);
        moreFilters.setId("more-filters");
        businessKey.setWidthFull();
        businessKey.setMaxWidth("24em");

        count.setId("inbox-count");
        configureGrid();
        add(businessKey, moreFilters, count, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> {
            RouterLink link = new RouterLink(t.name(), TaskView.class, t.id());
            link.addClassName("arus-task-link");
            return link;
        }).setHeader(getTranslation("workflow.inbox.column.task")).setFlexGrow(2).setAutoWidth(false);
        grid.addColumn(t -> Optional.ofNullable(t.businessKey()).orElse("-"))
                .setHeader(getTranslation("workflow.inbox.column.businessKey")).setFlexGrow(1);
        processColumn = grid.addColumn(InboxTask::processName)
                .setHeader(getTranslation("workflow.inbox.column.process")).setFlexGrow(1);
        grid.addColumn(t -> WorkflowFormat.dateTime(t.due(), getLocale(), zone.zone()))
                .setHeader(getTranslation("workflow.inbox.column.due")).setFlexGrow(1);
        createdColumn = grid.addColumn(t -> WorkflowFormat.dateTime(t.created(), getLocale(), zone.zone()))
                .setHeader(getTranslation("workflow.inbox.column.created")).setFlexGrow(1);
        grid.addComponentColumn(this::action).setHeader(getTranslation("workflow.inbox.column.status")).setFlexGrow(1);
        grid.setItems(query -> inbox.tasks(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(inbox.count(filter()), Integer.MAX_VALUE));
    }

    private com.vaadin.flow.component.Component action(InboxTask task) {
        if (task.assignedToMe()) {
            Button unclaim = new Button(getTranslation("workflow.task.unclaim"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> act(() -> inbox.unclaim(task.id()), "workflow.task.unclaimed"));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            unclaim.addClassName("unclaim");
            return unclaim;
        }
        if (task.claimed()) {
            return new Span(getTranslation("workflow.task.claimedBy", task.assignee()));
        }
        Button claim = new Button(getTranslation("workflow.task.claim"), VaadinIcon.HAND.create(),
                e -> act(() -> inbox.claim(task.id()), "workflow.task.claimed"));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claim.addClassName("claim");
        return claim;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FieldErrors.success(getTranslation(doneKey));
        } catch (TaskNotAvailableException e) {
            FieldErrors.error(getTranslation("workflow.task.error." + e.reason().name()));
        }
        refresh();
    }

    private InboxFilter filter() {
        Instant from = dueFrom.getValue() == null ? null : WorkflowFormat.startOf(dueFrom.getValue(), zone.zone());
        LocalDate to = dueTo.getValue();
        return new InboxFilter(process.getValue() == null ? null : process.getValue().key(), from,
                to == null ? null : WorkflowFormat.startOf(to.plusDays(1), zone.zone()), businessKey.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("workflow.inbox.count", inbox.count(filter())));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ProcessOption selected = process.getValue();
        process.setItems(inbox.processes());
        if (selected != null) {
            process.setValue(selected);
        }
        refresh();
        event.getUI().getPage().retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        event.getUI().getPage().addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    private void fit(int width) {
        boolean wide = width >= NARROW;
        processColumn.setVisible(wide);
        if (!narrowSeen && !wide) {
            moreFilters.setOpened(false);
        }
        narrowSeen |= !wide;
        createdColumn.setVisible(wide);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
