package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.NetworkIncident;
import id.arus.network.NetworkIncident.Kind;
import id.arus.network.NetworkIncident.Status;
import id.arus.network.NetworkIncidentFilter;
import id.arus.network.NetworkIncidentRetry;
import id.arus.network.NetworkIncidents;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The routers that need a person: reconciles that kept failing, refused logins and commands the router
 * refused, open ones first. The details show the router's own messages. NOC and ADMIN retry (a reconcile
 * now, with its result shown) or resolve with a note; technicians and customer service look.
 */
@Route(IncidentsView.ROUTE)
@Menu(title = "menu.incidents", order = 32, icon = "vaadin:warning")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "network/incidents";

    private final transient NetworkIncidents incidents;
    private final transient OperatorZone zone;
    private final boolean mayAct;
    private final ComboBox<Status> status = new ComboBox<>();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField text = new TextField();
    private final Grid<NetworkIncident> grid = new Grid<>(NetworkIncident.class, false);
    private final VerticalLayout details = new VerticalLayout();
    private final Div result = new Div();

    public IncidentsView(NetworkIncidents incidents, AuthenticationContext authentication, OperatorZone zone) {
        this.incidents = incidents;
        this.zone = zone;
        this.mayAct = authentication.hasAnyRole("ADMIN", "NOC");
        setPadding(true);

        Button refresh = new Button(getTranslation("incidents.refresh"), VaadinIcon.REFRESH.create(), e -> refresh(null));
        refresh.setId("incidents-refresh");
        FlexLayout header = new FlexLayout(new H2(getTranslation("incidents.title")), refresh);
        header.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        status.setId("incidents-status");
        status.setLabel(getTranslation("incidents.filter.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(s -> getTranslation("incidents.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setValue(Status.OPEN);
        kind.setId("incidents-kind");
        kind.setLabel(getTranslation("incidents.filter.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("incidents.kind." + k.name()));
        kind.setClearButtonVisible(true);
        text.setId("incidents-text");
        text.setLabel(getTranslation("incidents.filter.router"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh(null));
        kind.addValueChangeListener(e -> refresh(null));
        text.addValueChangeListener(e -> refresh(null));
        FlexLayout filters = new FlexLayout(status, kind, text);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        result.setId("incidents-result");
        result.setWidthFull();
        result.setVisible(false);

        grid.setId("incidents-grid");
        grid.addColumn(NetworkIncident::nasName).setHeader(getTranslation("incidents.router")).setKey("router")
                .setAutoWidth(true).setFrozen(true);
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("incidents.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(i -> getTranslation("incidents.status." + i.status().name())).setHeader(getTranslation("incidents.status"))
                .setKey("status").setAutoWidth(true);
        grid.addColumn(NetworkIncident::attempts).setHeader(getTranslation("incidents.attempts")).setKey("attempts").setAutoWidth(true);
        grid.addColumn(i -> zone.format(i.lastFailureAt(), getLocale())).setHeader(getTranslation("incidents.lastFailure"))
                .setKey("lastFailure").setAutoWidth(true);
        grid.addColumn(NetworkIncident::lastError).setHeader(getTranslation("incidents.lastError")).setKey("lastError")
                .setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("incidents.empty"));
        grid.setHeight("40vh");
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setId("incidents-details");
        details.setPadding(false);
        details.setWidthFull();
        add(header, filters, result, grid, details);
        refresh(null);
    }

    /** Lists again with the filters; keeps the given (or selected) incident open when it is still listed. */
    private void refresh(Long select) {
        NetworkIncident current = grid.asSingleSelect().getValue();
        Long selected = select != null ? select : current == null ? null : current.id();
        List<NetworkIncident> listed = incidents.list(new NetworkIncidentFilter(status.getValue(), kind.getValue(), text.getValue()));
        grid.setItems(listed);
        NetworkIncident again = listed.stream().filter(i -> selected != null && i.id() == selected).findFirst().orElse(null);
        grid.asSingleSelect().setValue(again);
        showDetails(again);
    }

    private Span kindBadge(NetworkIncident incident) {
        Span badge = new Span(getTranslation("incidents.kind." + incident.kind().name()));
        badge.getElement().getThemeList().add(incident.open() ? "badge error" : "badge contrast");
        badge.setId("incident-kind-" + incident.id());
        return badge;
    }

    private void showDetails(NetworkIncident incident) {
        details.removeAll();
        if (incident == null) {
            details.add(new Paragraph(getTranslation("incidents.select")));
            return;
        }
        details.add(new H3(getTranslation("incidents.details.title", incident.nasName(),
                getTranslation("incidents.kind." + incident.kind().name()))));
        details.add(new Paragraph(getTranslation("incidents.details.when", zone.format(incident.firstFailureAt(), getLocale()),
                zone.format(incident.lastFailureAt(), getLocale()), incident.attempts())));
        Paragraph error = new Paragraph(incident.lastError());
        error.setId("incidents-details-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("overflow-wrap", "anywhere");
        details.add(error);
        if (!incident.messages().isEmpty()) {
            UnorderedList messages = new UnorderedList();
            messages.setId("incidents-details-messages");
            incident.messages().forEach(m -> messages.add(new ListItem(m)));
            details.add(new Span(getTranslation("incidents.details.messages", incident.messages().size())), messages);
        }
        if (!incident.open()) {
            Paragraph resolved = new Paragraph(getTranslation("incidents.details.resolved",
                    zone.format(incident.resolvedAt(), getLocale()), incident.resolvedBy(),
                    incident.resolution() == null ? "" : incident.resolution()));
            resolved.setId("incidents-details-resolved");
            details.add(resolved);
            return;
        }
        if (mayAct) {
            Button retry = new Button(getTranslation("incidents.retry"), VaadinIcon.REFRESH.create(), e -> retry(incident));
            retry.setId("incidents-retry");
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            retry.setDisableOnClick(true);
            Button resolve = new Button(getTranslation("incidents.resolve"), VaadinIcon.CHECK.create(), e -> openResolve(incident));
            resolve.setId("incidents-resolve");
            FlexLayout actions = new FlexLayout(retry, resolve);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            details.add(actions);
        }
    }

    private void retry(NetworkIncident incident) {
        NetworkIncidentRetry outcome;
        try {
            outcome = incidents.retry(incident.id());
        } catch (NoSuchElementException e) {
            FieldErrors.error(getTranslation("incidents.gone"));
            refresh(null);
            return;
        }
        result.removeAll();
        if (outcome.succeeded()) {
            var r = outcome.report();
            result.add(new Paragraph(getTranslation("incidents.retry.ok", incident.nasName(), r.added(), r.changed(), r.removed())));
            result.getStyle().set("color", "var(--lumo-success-text-color)");
            FieldErrors.success(getTranslation("incidents.retry.ok", incident.nasName(), r.added(), r.changed(), r.removed()));
        } else {
            String first = outcome.error() != null ? outcome.error()
                    : getTranslation("incidents.retry.refused", incident.nasName(), outcome.refused().size());
            result.add(new Paragraph(getTranslation("incidents.retry.failed", incident.nasName())), new Paragraph(first));
            outcome.refused().forEach(m -> result.add(new Paragraph(m)));
            result.getStyle().set("color", "var(--lumo-error-text-color)");
            FieldErrors.error(first);
        }
        result.setVisible(true);
        refresh(incident.id());
    }

    private void openResolve(NetworkIncident incident) {
        Dialog dialog = new Dialog();
        dialog.setId("incidents-resolve-dialog");
        dialog.setHeaderTitle(getTranslation("incidents.resolve.title", incident.nasName()));
        TextArea note = new TextArea(getTranslation("incidents.resolve.note"));
        note.setId("incidents-resolve-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        FieldErrors errors = new FieldErrors(this).bind("note", note);
        Button save = new Button(getTranslation("incidents.resolve"), e -> {
            try {
                incidents.resolve(incident.id(), note.getValue());
                dialog.close();
                FieldErrors.success(getTranslation("incidents.resolve.done", incident.nasName()));
                refresh(incident.id());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        save.setId("incidents-resolve-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("incidents.cancel"), e -> dialog.close());
        dialog.add(note);
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("incidents.title");
    }
}
