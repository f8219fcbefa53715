package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.BackupVersion;
import id.arus.network.DesiredState;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.PppUser;
import id.arus.network.Reconciler;
import id.arus.network.TestRouters;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class BackupsViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    @Autowired
    Reconciler reconciler;
    static final TestRouters simulators = new TestRouters();

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "backups-view-noc", roles = "NOC")
    void nocBacksUpComparesTwoVersionsAndRestoresOne() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V6_49);
        Nas nas = registry.create(new NasForm("BV " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null));
        desired.putPppSecret(nas.id(), new PppUser("ana-" + tag, "pw-ana", null, null, null, false, null));
        reconciler.reconcile(nas.id());
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(BackupsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Nas> picker = _get(ComboBox.class, spec -> spec.withId("backups-nas"));
        _setValue(picker, nas);
        _click(_get(Button.class, spec -> spec.withId("backups-now")));
        desired.putPppSecret(nas.id(), new PppUser("bayu-" + tag, "pw-bayu", null, null, null, false, null));
        reconciler.reconcile(nas.id());
        _click(_get(Button.class, spec -> spec.withId("backups-now")));

        Grid<BackupVersion> grid = grid();
        assertThat(versions(grid)).containsExactly(2, 1);
        assertThat(GridKt._getFormatted(grid, 0, "takenBy")).isEqualTo("backups-view-noc");
        assertThat(GridKt._getFormatted(grid, 0, "reason")).isEqualTo("Manual");
        assertThat(GridKt._getFormatted(grid, 0, "checksum")).hasSize(12);

        grid.asMultiSelect().select(GridKt._get(grid, 0), GridKt._get(grid, 1));
        _click(_get(Button.class, spec -> spec.withId("backups-compare")));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("backups-diff")).getElement().getTextRecursively())
                .contains("Perbedaan versi 1 → 2").contains("/ppp/secret + bayu-" + tag).doesNotContain("pw-bayu");

        Grid<BackupVersion> versions = grid();
        int first = IntStream.range(0, GridKt._size(versions)).filter(i -> GridKt._get(versions, i).version() == 1)
                .findFirst().orElseThrow();
        _click((Button) GridKt._getCellComponent(versions, first, "restore"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("backups-restore-confirm")));

        assertThat(versions(grid())).as("a before-restore version was taken").containsExactly(3, 2, 1);
        assertThat(router.print("/ppp/secret")).extracting(r -> r.get("name"))
                .contains("ana-" + tag).doesNotContain("bayu-" + tag);
    }

    @Test
    @WithMockUser(username = "backups-view-tech", roles = "TECHNICIAN")
    void aTechnicianComparesButCannotBackUpOrRestore() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(BackupsView.class);

        assertThat(_find(Button.class, spec -> spec.withId("backups-now"))).as("hidden").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("backups-compare"))).hasSize(1);
        assertThat(grid().getColumnByKey("restore")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Grid<BackupVersion> grid() {
        return _get(Grid.class, spec -> spec.withId("backups-grid"));
    }

    private static List<Integer> versions(Grid<BackupVersion> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).version()).toList();
    }
}
