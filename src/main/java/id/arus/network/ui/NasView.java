package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasProbe;
import id.arus.network.NasRole;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The routers Arus manages. NOC and ADMIN add, edit and remove them; technicians and customer service
 * see the list. The API password is write-only: editing shows an empty field that keeps the stored one.
 */
@Route("network/nas")
@Menu(title = "menu.nas", order = 30, icon = "vaadin:server")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class NasView extends VerticalLayout implements HasDynamicTitle {

    private final transient NasManagement registry;
    private final boolean mayChange;
    private final boolean mayTest;
    private final transient OperatorZone zone;
    private List<Nas> routers = List.of();
    private Map<Long, NasStatusChange> statuses = Map.of();
    private final Grid<Nas> grid = new Grid<>(Nas.class, false);

    public NasView(NasManagement registry, AuthenticationContext authentication, OperatorZone zone) {
        this.registry = registry;
        this.zone = zone;
        this.mayChange = authentication.hasAnyRole("ADMIN", "NOC");
        this.mayTest = authentication.hasAnyRole("ADMIN", "NOC", "TECHNICIAN");
        setPadding(true);

        Button add = new Button(getTranslation("nas.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("nas-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(mayChange);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nas.title")), add);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        grid.setId("nas-grid");
        grid.addColumn(Nas::name).setHeader(getTranslation("nas.name")).setKey("name").setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("nas.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(n -> n.endpoint() + (n.tls() ? " (TLS)" : "")).setHeader(getTranslation("nas.endpoint")).setKey("endpoint");
        grid.addColumn(n -> n.site() == null ? "" : n.site()).setHeader(getTranslation("nas.site")).setKey("site").setSortable(true);
        grid.addColumn(this::roleText).setHeader(getTranslation("nas.role")).setKey("role");
        grid.addColumn(n -> n.capacity() == null ? "∞" : String.valueOf(n.capacity())).setHeader(getTranslation("nas.capacity")).setKey("capacity");
        grid.addComponentColumn(n -> {
            RouterLink open = new RouterLink(getTranslation("monitoring.open"), NasDetailView.class,
                    new RouteParameters("nasId", String.valueOf(n.id())));
            open.setId("nas-open-" + n.id());
            return open;
        }).setKey("open").setAutoWidth(true).setFlexGrow(0);
        if (mayTest) {
            grid.addComponentColumn(n -> {
                Button test = new Button(getTranslation("nas.test"), VaadinIcon.PLUG.create(), e -> test(n));
                test.setId("nas-test-" + n.id());
                test.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return test;
            }).setKey("test").setAutoWidth(true).setFlexGrow(0);
        }
        if (mayChange) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        grid.setEmptyStateText(getTranslation("nas.empty"));
        add(header, grid);
        setSizeFull();
        refresh();
    }

    private String roleText(Nas nas) {
        if (nas.role() == NasRole.PRIMARY) {
            return getTranslation("nas.role.PRIMARY");
        }
        String primary = routers.stream().filter(p -> p.id() == nas.backupOf()).map(Nas::name).findFirst().orElse("?");
        return getTranslation("nas.role.BACKUP.of", primary);
    }

    /** The status as last recorded by the poller or a test, coloured, with since when in the tooltip. */
    private Span statusBadge(Nas nas) {
        NasStatusChange status = statuses.get(nas.id());
        Span badge = new Span(status == null ? getTranslation("nas.status.unknown") : getTranslation("nas.status." + status.status()));
        badge.getElement().getThemeList().add("badge small " + (status == null ? "contrast"
                : status.status() == NasStatus.ONLINE ? "success" : "error"));
        if (status != null) {
            badge.setTitle(getTranslation("nas.status.since", zone.format(status.changedAt(), getLocale())));
        }
        badge.setId("nas-status-" + nas.id());
        return badge;
    }

    private void refresh() {
        routers = registry.list();
        statuses = registry.currentStatuses();
        grid.setItems(routers);
    }

    private void edit(Nas existing) {
        Dialog dialog = new Dialog(getTranslation(existing == null ? "nas.add" : "nas.edit"));
        dialog.setId("nas-dialog");
        TextField name = field("nas.name", "nas-name");
        TextField host = field("nas.host", "nas-host");
        IntegerField port = new IntegerField(getTranslation("nas.port"));
        port.setId("nas-port");
        port.setPlaceholder("8728 / 8729");
        Checkbox tls = new Checkbox(getTranslation("nas.tls"));
        tls.setId("nas-tls");
        TextField username = field("nas.username", "nas-username");
        PasswordField password = new PasswordField(getTranslation("nas.password"));
        password.setId("nas-password");
        if (existing != null) {
            password.setHelperText(getTranslation("nas.password.keep"));
        }
        TextField site = field("nas.site", "nas-site");
        TextField location = field("nas.location", "nas-location");
        Select<NasRole> role = new Select<>();
        role.setLabel(getTranslation("nas.role"));
        role.setId("nas-role");
        role.setItems(NasRole.values());
        role.setItemLabelGenerator(r -> getTranslation("nas.role." + r.name()));
        role.setValue(NasRole.PRIMARY);
        List<Nas> primaries = registry.list().stream()
                .filter(n -> n.role() == NasRole.PRIMARY && (existing == null || n.id() != existing.id())).toList();
        Map<Long, Nas> byId = primaries.stream().collect(Collectors.toMap(Nas::id, Function.identity()));
        ComboBox<Long> backupOf = new ComboBox<>(getTranslation("nas.backupOf"));
        backupOf.setId("nas-backup-of");
        backupOf.setItems(byId.keySet());
        backupOf.setItemLabelGenerator(id -> byId.containsKey(id) ? byId.get(id).name() : String.valueOf(id));
        backupOf.setEnabled(false);
        role.addValueChangeListener(e -> backupOf.setEnabled(e.getValue() == NasRole.BACKUP));
        IntegerField capacity = new IntegerField(getTranslation("nas.capacity"));
        capacity.setId("nas-capacity");
        capacity.setHelperText(getTranslation("nas.capacity.help"));
        TextArea notes = new TextArea(getTranslation("nas.notes"));
        notes.setId("nas-notes");

        if (existing != null) {
            NasForm current = NasForm.of(existing);
            name.setValue(current.name());
            host.setValue(current.host());
            port.setValue(current.apiPort());
            tls.setValue(current.tls());
            username.setValue(current.username());
            site.setValue(current.site() == null ? "" : current.site());
            location.setValue(current.location() == null ? "" : current.location());
            role.setValue(current.role());
            backupOf.setValue(current.backupOf());
            capacity.setValue(current.capacity());
            notes.setValue(current.notes() == null ? "" : current.notes());
        }

        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("host", host).bind("apiPort", port)
                .bind("username", username).bind("password", password).bind("role", role).bind("backupOf", backupOf)
                .bind("capacity", capacity).bind("site", site).bind("location", location).bind("notes", notes);
        FormLayout form = new FormLayout(name, host, port, tls, username, password, site, location, role, backupOf, capacity, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(notes, 2);
        dialog.add(form);

        Button save = new Button(getTranslation("nas.save"), e -> {
            NasForm input = new NasForm(name.getValue(), host.getValue(), port.getValue(), tls.getValue(),
                    username.getValue(), password.getValue(), site.getValue(), location.getValue(), role.getValue(),
                    backupOf.getValue(), capacity.getValue(), notes.getValue());
            try {
                if (existing == null) {
                    registry.create(input);
                } else {
                    registry.update(existing.id(), input);
                }
                dialog.close();
                FieldErrors.success(getTranslation("nas.saved"));
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId("nas-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("nas.cancel"), e -> dialog.close()));
        if (existing != null) {
            Button remove = new Button(getTranslation("nas.remove"), e -> confirmRemoval(existing, dialog, errors));
            remove.setId("nas-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(remove);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private void confirmRemoval(Nas nas, Dialog editor, FieldErrors errors) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("nas.remove"), getTranslation("nas.remove.confirm", nas.name()),
                getTranslation("nas.remove"), e -> {
                    try {
                        registry.remove(nas.id());
                        editor.close();
                        FieldErrors.success(getTranslation("nas.removed", nas.name()));
                        refresh();
                    } catch (InvalidInputException invalid) {
                        errors.show(invalid);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("nas.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("nas-remove-confirm");
        confirm.open();
    }

    /** Talks to the router now and shows what it answered, with the latest status changes. */
    private void test(Nas nas) {
        NasProbe probe = registry.testConnection(nas.id());
        refresh(); // the list shows the status just found
        Dialog dialog = new Dialog(getTranslation("nas.test.title", nas.name()));
        dialog.setId("nas-test-dialog");
        Span status = new Span(getTranslation("nas.status." + probe.status().name()));
        status.setId("nas-test-status");
        status.getElement().getThemeList().add("badge " + (probe.status() == NasStatus.ONLINE ? "success" : "error"));
        VerticalLayout body = new VerticalLayout(status);
        body.setPadding(false);
        if (probe.status() == NasStatus.ONLINE) {
            body.add(fact("nas.probe.identity", probe.identity()), fact("nas.probe.version", probe.version()),
                    fact("nas.probe.board", probe.board()), fact("nas.probe.uptime", probe.uptime()),
                    fact("nas.probe.cpu", probe.cpuLoad() + " %"),
                    fact("nas.probe.memory", megabytes(probe.freeMemory()) + " / " + megabytes(probe.totalMemory()) + " MB"),
                    fact("nas.probe.sessions", probe.pppSessions() + " PPP, " + probe.hotspotSessions() + " hotspot"),
                    fact("nas.probe.latency", probe.latency().toMillis() + " ms"));
        } else {
            Paragraph detail = new Paragraph(probe.detail());
            detail.setId("nas-test-detail");
            body.add(detail);
        }
        body.add(new H2(getTranslation("nas.history")));
        for (NasStatusChange change : registry.statusHistory(nas.id(), 10)) {
            body.add(new Span(zone.format(change.changedAt(), getLocale()) + " · " + getTranslation("nas.status." + change.status().name())));
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("nas.close"), e -> dialog.close()));
        dialog.open();
    }

    private Span fact(String key, String value) {
        return new Span(getTranslation(key) + ": " + (value == null ? "-" : value));
    }

    private static String megabytes(Long bytes) {
        return bytes == null ? "-" : String.valueOf(bytes / (1024 * 1024));
    }

    private TextField field(String key, String id) {
        TextField field = new TextField(getTranslation(key));
        field.setId(id);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nas.title");
    }
}
