package id.arus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.network.BackupDiff;
import id.arus.network.BackupReason;
import id.arus.network.BackupVersion;
import id.arus.network.Nas;
import id.arus.network.NasManagement;
import id.arus.network.ReconcileReport;
import id.arus.network.RouterBackups;
import id.arus.network.RouterCommandException;
import id.arus.settings.OperatorZone;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The stored configuration versions of one router: when and why each was taken and by whom, a
 * difference between any two, and (NOC, ADMIN) "back up now" and "restore this version". Technicians
 * look and compare. Passwords never show: the diff says only that one changed.
 */
@Route("network/backups")
@Menu(title = "menu.backups", order = 35, icon = "vaadin:archive")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN"})
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    /** Enough of the checksum to tell versions apart by eye. */
    private static final int CHECKSUM_SHOWN = 12;

    private final transient RouterBackups backups;
    private final transient OperatorZone zone;
    private final boolean mayChange;
    private final ComboBox<Nas> router = new ComboBox<>();
    private final Grid<BackupVersion> grid = new Grid<>(BackupVersion.class, false);
    private final Button backUpNow = new Button();
    private final Button compare = new Button();
    private final VerticalLayout diff = new VerticalLayout();

    public BackupsView(RouterBackups backups, NasManagement registry, AuthenticationContext authentication, OperatorZone zone) {
        this.backups = backups;
        this.zone = zone;
        this.mayChange = authentication.hasAnyRole("ADMIN", "NOC");
        setPadding(true);
        setSizeFull();

        router.setId("backups-nas");
        router.setLabel(getTranslation("backups.nas"));
        router.setPlaceholder(getTranslation("backups.nas.placeholder"));
        router.setItems(registry.list());
        router.setItemLabelGenerator(Nas::name);
        router.addValueChangeListener(e -> refresh());

        backUpNow.setText(getTranslation("backups.now"));
        backUpNow.setIcon(VaadinIcon.DOWNLOAD.create());
        backUpNow.setId("backups-now");
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.setVisible(mayChange);
        backUpNow.addClickListener(e -> backUp());
        compare.setText(getTranslation("backups.compare"));
        compare.setIcon(VaadinIcon.EXCHANGE.create());
        compare.setId("backups-compare");
        compare.addClickListener(e -> showDiff());
        HorizontalLayout tools = new HorizontalLayout(router, backUpNow, compare);
        tools.setAlignItems(Alignment.BASELINE);

        grid.setId("backups-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(BackupVersion::version).setHeader(getTranslation("backups.version")).setKey("version").setAutoWidth(true);
        grid.addColumn(v -> zone.format(v.takenAt(), getLocale())).setHeader(getTranslation("backups.takenAt")).setKey("takenAt").setAutoWidth(true);
        grid.addColumn(BackupVersion::takenBy).setHeader(getTranslation("backups.takenBy")).setKey("takenBy");
        grid.addColumn(v -> getTranslation("backups.reason." + v.reason().name())).setHeader(getTranslation("backups.reason")).setKey("reason");
        grid.addColumn(v -> v.checksum().substring(0, Math.min(CHECKSUM_SHOWN, v.checksum().length())))
                .setHeader(getTranslation("backups.checksum")).setKey("checksum");
        grid.addColumn(v -> v.backupFile() == null ? "" : v.backupFile()).setHeader(getTranslation("backups.file")).setKey("file");
        if (mayChange) {
            grid.addComponentColumn(this::restoreButton).setKey("restore").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("backups.empty"));
        diff.setId("backups-diff");
        diff.setPadding(false);
        add(new H2(getTranslation("backups.title")), tools, grid, diff);
        refresh();
    }

    private void refresh() {
        Nas nas = router.getValue();
        backUpNow.setEnabled(nas != null);
        compare.setEnabled(nas != null);
        diff.removeAll();
        grid.setItems(nas == null ? List.of() : backups.versions(nas.id()));
    }

    private void backUp() {
        Nas nas = router.getValue();
        try {
            BackupVersion saved = backups.snapshot(nas.id(), BackupReason.MANUAL);
            FieldErrors.success(getTranslation("backups.saved", saved.version()));
        } catch (RouterCommandException unreachable) {
            FieldErrors.error(unreachable.getMessage());
        }
        refresh();
    }

    /** The difference from the older to the newer of the two selected versions. */
    private void showDiff() {
        List<BackupVersion> picked = grid.getSelectedItems().stream().sorted(Comparator.comparingInt(BackupVersion::version)).toList();
        diff.removeAll();
        if (picked.size() != 2) {
            FieldErrors.error(getTranslation("backups.diff.pick"));
            return;
        }
        BackupDiff result = backups.diff(router.getValue().id(), picked.get(0).version(), picked.get(1).version());
        diff.add(new H3(getTranslation("backups.diff.title", picked.get(0).version(), picked.get(1).version())));
        if (result.isEmpty()) {
            diff.add(new Paragraph(getTranslation("backups.diff.none")));
            return;
        }
        UnorderedList lines = new UnorderedList();
        result.lines().forEach(line -> lines.add(new ListItem(line)));
        diff.add(lines);
    }

    private Button restoreButton(BackupVersion version) {
        Button restore = new Button(getTranslation("backups.restore"), VaadinIcon.ROTATE_LEFT.create(), e -> confirmRestore(version));
        restore.setId("backups-restore-" + version.version());
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return restore;
    }

    private void confirmRestore(BackupVersion version) {
        Nas nas = router.getValue();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("backups.restore"),
                getTranslation("backups.restore.confirm", nas.name(), version.version()), getTranslation("backups.restore"), e -> {
                    try {
                        ReconcileReport report = backups.restore(nas.id(), version.version());
                        FieldErrors.success(getTranslation("backups.restored", version.version(), report.added(), report.changed(),
                                report.removed()));
                    } catch (RouterCommandException refused) {
                        FieldErrors.error(refused.getMessage());
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("backups.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("backups-restore-confirm");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backups.title");
    }
}
