package id.arus.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.settings.OperatorZone;
import id.arus.shell.FieldErrors;
import id.arus.workflow.ProcessIncident;
import id.arus.workflow.ProcessIncidents;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;

/**
 * Process steps that kept failing, newest first, each with a Retry button. Retrying resolves the incident and
 * lets the job executor run the step again; if it fails again, a new incident appears here.
 */
@Route(ProcessIncidentsView.ROUTE)
@Menu(title = "menu.processIncidents", order = 11, icon = "vaadin:exclamation-circle")
@RolesAllowed({"ADMIN", "NOC", "CS"})
public class ProcessIncidentsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "workflow/incidents";

    private final transient ProcessIncidents incidents;
    private final Grid<ProcessIncident> grid = new Grid<>(ProcessIncident.class, false);

    public ProcessIncidentsView(ProcessIncidents incidents, OperatorZone zone) {
        this.incidents = incidents;
        setPadding(true);

        Button refresh = new Button(getTranslation("workflow.incidents.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("process-incidents-refresh");
        FlexLayout header = new FlexLayout(new H2(getTranslation("workflow.incidents.title")), refresh);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        grid.setId("process-incidents-grid");
        grid.addColumn(ProcessIncident::processName).setHeader(getTranslation("workflow.incidents.process")).setKey("process")
                .setAutoWidth(true);
        grid.addColumn(ProcessIncident::businessKey).setHeader(getTranslation("workflow.incidents.businessKey"))
                .setKey("businessKey").setAutoWidth(true);
        grid.addColumn(ProcessIncident::activityName).setHeader(getTranslation("workflow.incidents.activity")).setKey("activity")
                .setAutoWidth(true);
        grid.addColumn(i -> zone.format(i.time(), getLocale())).setHeader(getTranslation("workflow.incidents.time"))
                .setKey("time").setAutoWidth(true);
        grid.addColumn(ProcessIncident::message).setHeader(getTranslation("workflow.incidents.message")).setKey("message")
                .setFlexGrow(1);
        grid.addComponentColumn(this::retryButton).setKey("retry").setAutoWidth(true).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("workflow.incidents.empty"));
        grid.setWidthFull();

        add(header, new Paragraph(getTranslation("workflow.incidents.explain")), grid);
        refresh();
    }

    private Button retryButton(ProcessIncident incident) {
        Button retry = new Button(getTranslation("workflow.incidents.retry"), VaadinIcon.ROTATE_RIGHT.create(), e -> retry(incident));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        retry.setId("retry-" + incident.id());
        return retry;
    }

    private void retry(ProcessIncident incident) {
        try {
            incidents.retry(incident.id());
            FieldErrors.success(getTranslation("workflow.incidents.retried", incident.activityName()));
        } catch (NoSuchElementException e) {
            FieldErrors.error(getTranslation("workflow.incidents.gone"));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(incidents.open());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workflow.incidents.title");
    }
}
