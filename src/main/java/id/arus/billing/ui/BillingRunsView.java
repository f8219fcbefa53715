package id.arus.billing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunStatus;
import id.arus.billing.BillingRuns;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Billing runs: the recent runs with their counts, a run started by hand for a chosen period start, and
 * the running run's progress (done of due) pushed to the browser every second until it finishes, then its
 * summary. The daily BillingRunProcess starts the scheduled ones; this screen shows those too (one running when
 * the screen opens or is refreshed). While no run is running the screen does not ask the database at all.
 */
@Route(BillingRunsView.ROUTE)
@Menu(title = "menu.billing.runs", order = 42, icon = "vaadin:calendar-clock")
@RolesAllowed({"ADMIN", "FINANCE"})
public class BillingRunsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "billing/runs";
    /** One daemon thread hands the refresh of every open screen to its UI; the refresh runs under the session lock. */
    private static final ScheduledExecutorService PUSH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "billing-run-view-push");
        t.setDaemon(true);
        return t;
    });

    private final transient BillingRuns runs;
    private final transient OperatorZone zone;
    private final DatePicker periodStart = new DatePicker();
    private final Button start = new Button();
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final Grid<BillingRun> grid = new Grid<>(BillingRun.class, false);
    /** The attached UI the refresh is handed to; null while detached. */
    private transient UI ui;
    /** The once-a-second refresh, scheduled only while a run shown is running. */
    private transient ScheduledFuture<?> push;
    private Long watched;

    public BillingRunsView(BillingRuns runs, OperatorZone zone) {
        this.runs = runs;
        this.zone = zone;
        periodStart.setId("billing-run-period");
        periodStart.setLabel(getTranslation("billingrun.view.period"));
        periodStart.setHelperText(getTranslation("billingrun.view.period.help"));
        periodStart.setValue(LocalDate.now(zone.zone()).withDayOfMonth(1));
        start.setId("billing-run-start");
        start.setText(getTranslation("billingrun.view.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startRun());
        HorizontalLayout form = new HorizontalLayout(periodStart, start);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progressText.setId("billing-run-progress-text");
        progress.setId("billing-run-progress");
        progress.setVisible(false);
        summary.setId("billing-run-summary");

        grid.setId("billing-runs");
        grid.addColumn(BillingRun::id).setHeader("#").setKey("id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BillingRun::periodStart).setHeader(getTranslation("billingrun.view.col.period")).setKey("period").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("billingrun.trigger." + r.trigger())).setHeader(getTranslation("billingrun.view.col.trigger")).setKey("trigger");
        grid.addColumn(BillingRun::startedBy).setHeader(getTranslation("billingrun.view.col.startedBy")).setKey("startedBy");
        grid.addColumn(r -> zone.format(r.startedAt(), getLocale())).setHeader(getTranslation("billingrun.view.col.startedAt")).setKey("startedAt").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("billingrun.status." + r.status())).setHeader(getTranslation("billingrun.view.col.status")).setKey("status");
        grid.addColumn(BillingRun::due).setHeader(getTranslation("billingrun.view.col.due")).setKey("due");
        grid.addColumn(BillingRun::issued).setHeader(getTranslation("billingrun.view.col.issued")).setKey("issued");
        grid.addColumn(BillingRun::skipped).setHeader(getTranslation("billingrun.view.col.skipped")).setKey("skipped");
        grid.addColumn(BillingRun::failed).setHeader(getTranslation("billingrun.view.col.failed")).setKey("failed");
        grid.addColumn(r -> r.total().format()).setHeader(getTranslation("billingrun.view.col.total")).setKey("total").setAutoWidth(true);
        grid.addColumn(r -> r.error() == null ? "" : r.error()).setHeader(getTranslation("billingrun.view.col.error")).setKey("error").setFlexGrow(2);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(run -> {
            watched = run.id();
            refresh();
        }));

        add(new H2(getTranslation("billingrun.view.title")), new Paragraph(getTranslation("billingrun.view.help")), form,
                progressText, progress, summary, grid);
        setSizeFull();
    }

    private void startRun() {
        periodStart.setInvalid(false);
        try {
            BillingRun run = runs.start(periodStart.getValue());
            watched = run.id();
            FieldErrors.success(getTranslation("billingrun.view.started", run.periodStart()));
        } catch (InvalidInputException e) {
            String message = getTranslation(e.fieldErrors().values().iterator().next().get(0));
            periodStart.setErrorMessage(message);
            periodStart.setInvalid(true);
            FieldErrors.error(message);
        }
        refresh();
    }

    /** Shows the watched run (or the running one) and the recent runs; public to the package for the view test. */
    void refresh() {
        List<BillingRun> recent = runs.recent(20);
        grid.setItems(recent);
        Optional<BillingRun> shown = watched != null ? Optional.of(runs.get(watched))
                : runs.running().or(() -> recent.stream().findFirst());
        shown.ifPresentOrElse(this::show, () -> {
            progressText.setText(getTranslation("billingrun.view.none"));
            progress.setVisible(false);
            summary.setText("");
        });
        boolean running = shown.filter(run -> run.status() == BillingRunStatus.RUNNING).isPresent()
                || recent.stream().anyMatch(run -> run.status() == BillingRunStatus.RUNNING);
        follow(running);
    }

    /** Refreshes every second while a run is running, and stops as soon as none is (always under the session lock). */
    private void follow(boolean running) {
        if (running && push == null && ui != null) {
            UI target = ui;
            push = PUSH.scheduleWithFixedDelay(() -> target.access(this::refresh), 1, 1, TimeUnit.SECONDS);
        } else if (!running && push != null) {
            push.cancel(false);
            push = null;
        }
    }

    /** Whether the screen is refreshing itself now; for the view test. */
    boolean following() {
        return push != null;
    }

    private void show(BillingRun run) {
        int done = run.issued() + run.skipped() + run.failed();
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(Math.max(1, run.due()));
        progress.setValue(run.status() == BillingRunStatus.RUNNING ? Math.min(done, Math.max(1, run.due())) : Math.max(1, run.due()));
        progressText.setText(getTranslation("billingrun.view.progress", run.id(), run.periodStart(),
                getTranslation("billingrun.status." + run.status()), done, run.due()));
        summary.setText(run.status() == BillingRunStatus.RUNNING ? ""
                : getTranslation("billingrun.view.summary", run.issued(), run.skipped(), run.failed(), run.total().format(),
                zone.format(run.finishedAt(), getLocale())) + (run.error() == null ? "" : " " + run.error()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ui = attach.getUI();
        refresh(); // also what the screen shows first
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        ui = null;
        if (push != null) {
            push.cancel(false);
            push = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("billingrun.view.title");
    }
}
