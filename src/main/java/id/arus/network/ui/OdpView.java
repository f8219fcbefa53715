package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.LocationPicker;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Optical distribution points: the list (code, name, NAS, location, ports) and a form to add one or change
 * the chosen one. The location is typed as {@code latitude,longitude} (the form a map app copies) or clicked on the map. ADMIN,
 * NOC and technicians change; customer service looks.
 */
@Route("network/odp")
@Menu(title = "menu.odp", order = 37, icon = "vaadin:connect")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class OdpView extends VerticalLayout implements HasDynamicTitle {

    private final transient DistributionPoints odps;
    private final transient Map<Long, Nas> routers;
    private final Grid<DistributionPoint> grid = new Grid<>(DistributionPoint.class, false);
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Nas> nas = new ComboBox<>();
    private final LocationPicker location = new LocationPicker();
    private final IntegerField ports = new IntegerField();
    private final Button save = new Button();
    private final FieldErrors errors;
    private DistributionPoint editing;

    public OdpView(DistributionPoints odps, NasManagement registry, AuthenticationContext authentication) {
        this.odps = odps;
        this.routers = registry.list().stream().collect(Collectors.toMap(Nas::id, Function.identity()));
        boolean mayChange = authentication.hasAnyRole("ADMIN", "NOC", "TECHNICIAN");
        setPadding(true);
        setSizeFull();

        grid.setId("odp-grid");
        grid.addColumn(DistributionPoint::code).setHeader(getTranslation("odp.code")).setKey("code").setAutoWidth(true).setSortable(true);
        grid.addColumn(DistributionPoint::name).setHeader(getTranslation("odp.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(p -> nasName(p.nasId())).setHeader(getTranslation("odp.nas")).setKey("nas").setAutoWidth(true);
        grid.addColumn(p -> p.location().format()).setHeader(getTranslation("odp.location")).setKey("location").setAutoWidth(true);
        grid.addColumn(DistributionPoint::ports).setHeader(getTranslation("odp.ports")).setKey("ports").setAutoWidth(true);
        if (mayChange) {
            grid.addComponentColumn(this::removeButton).setKey("remove").setAutoWidth(true).setFlexGrow(0);
            grid.addSelectionListener(e -> edit(e.getFirstSelectedItem().orElse(null)));
        }
        grid.setEmptyStateText(getTranslation("odp.empty"));

        code.setLabel(getTranslation("odp.code"));
        code.setId("odp-code");
        code.setPlaceholder("ODP-SLM-01");
        name.setLabel(getTranslation("odp.name"));
        name.setId("odp-name");
        nas.setLabel(getTranslation("odp.nas"));
        nas.setId("odp-nas");
        nas.setItems(routers.values().stream().sorted(Comparator.comparing(Nas::name)).toList());
        nas.setItemLabelGenerator(Nas::name);
        location.setLabel(getTranslation("odp.location"));
        location.setId("odp-location");
        location.setHelperText(getTranslation("odp.location.help"));
        ports.setLabel(getTranslation("odp.ports"));
        ports.setId("odp-ports");
        ports.setValue(16);
        ports.setStepButtonsVisible(true);
        errors = new FieldErrors(this).bind("code", code).bind("name", name).bind("nas", nas).bind("location", location).bind("ports", ports);

        save.setId("odp-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button fresh = new Button(getTranslation("odp.new"), VaadinIcon.PLUS.create(), e -> grid.deselectAll());
        fresh.setId("odp-new");
        FormLayout form = new FormLayout(code, name, nas, location, ports);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        add(new H2(getTranslation("odp.title")), grid);
        if (mayChange) {
            add(form, new HorizontalLayout(save, fresh));
        }
        edit(null);
        refresh();
    }

    private void refresh() {
        grid.setItems(odps.list());
    }

    private void edit(DistributionPoint odp) {
        editing = odp;
        errors.clear();
        code.setReadOnly(odp != null);
        code.setValue(odp == null ? "" : odp.code());
        name.setValue(odp == null ? "" : odp.name());
        nas.setValue(odp == null ? null : routers.get(odp.nasId()));
        location.setValue(odp == null ? null : odp.location());
        ports.setValue(odp == null ? 16 : odp.ports());
        save.setText(getTranslation(odp == null ? "odp.add" : "odp.save"));
    }

    private void save() {
        try {
            GeoPoint point = parseLocation(location.getText());
            long nasId = nas.getValue() == null ? -1 : nas.getValue().id();
            int portCount = ports.getValue() == null ? 0 : ports.getValue();
            DistributionPoint saved = editing == null
                    ? odps.create(code.getValue(), name.getValue(), nasId, point, portCount)
                    : odps.update(editing.id(), name.getValue(), nasId, point, portCount);
            Notification.show(getTranslation("odp.saved", saved.code()));
            grid.deselectAll();
            edit(null);
            refresh();
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }

    /** {@code -7.75,110.37} (a space after the comma is fine); anything else names the location field. */
    static GeoPoint parseLocation(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("location", "odp.location.required");
        }
        return GeoPoint.parse(text, "odp.location.invalid");
    }

    private Button removeButton(DistributionPoint odp) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            odps.remove(odp.id());
            Notification.show(getTranslation("odp.removed", odp.code()));
            grid.deselectAll();
            refresh();
        });
        remove.setId("odp-remove-" + odp.code());
        remove.setTooltipText(getTranslation("odp.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private String nasName(long id) {
        Nas router = routers.get(id);
        return router == null ? "#" + id : router.name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("odp.title");
    }
}
