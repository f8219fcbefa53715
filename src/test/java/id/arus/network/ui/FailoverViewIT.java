package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DesiredState;
import id.arus.network.FailoverPair;
import id.arus.network.FailoverTestNas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.PppUser;
import id.arus.shared.SystemIdentity;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class FailoverViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DesiredState desired;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final List<SimulatedRouter> simulators = new ArrayList<>();
    private final List<Long> nas = new ArrayList<>();
    private long primary;
    private long backup;

    @AfterEach
    void stop() throws InterruptedException {
        KaribuViews.stop();
        simulators.forEach(SimulatedRouter::close);
        FailoverTestNas.remove(registry, nas);
    }

    /** A primary and its backup on simulated routers, both checked online. */
    private void pair() {
        pair(null);
    }

    private void pair(Integer backupCapacity) {
        SystemIdentity.call("failover-view-test", () -> {
            registerPair(backupCapacity);
            return null;
        });
    }

    private void registerPair(Integer backupCapacity) {
        SimulatedRouter p = simulator();
        SimulatedRouter b = simulator();
        primary = registry.create(new NasForm("FV Primary " + tag, "127.0.0.1", p.port(), false, p.username(), p.password(),
                null, null, NasRole.PRIMARY, null, null, null)).id();
        nas.add(primary);
        backup = registry.create(new NasForm("FV Backup " + tag, "127.0.0.1", b.port(), false, b.username(), b.password(),
                null, null, NasRole.BACKUP, primary, backupCapacity, null)).id();
        nas.add(backup);
        registry.testConnection(primary);
        registry.testConnection(backup);
    }

    private SimulatedRouter simulator() {
        try {
            SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).tlsPort(-1).start();
            simulators.add(router);
            return router;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @WithMockUser(username = "failover-view-noc", roles = "NOC")
    void nocFailsOverWithAReasonAndHandsBack() {
        pair();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(FailoverView.class);
        assertThat(state()).isEqualTo("Tidak ada");

        _click(action());
        assertThat(action().getId()).hasValue("failover-now-" + primary + "-" + backup);
        _click(_get(Button.class, spec -> spec.withId("failover-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("failover-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Tuliskan alasannya.");

        _setValue(reason, "ganti kabel uplink");
        _click(_get(Button.class, spec -> spec.withId("failover-confirm")));

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(state()).startsWith("Pelanggan dilayani di sini sejak").contains("manual oleh failover-view-noc")
                .endsWith("ganti kabel uplink");

        assertThat(action().getId()).hasValue("failover-back-" + primary + "-" + backup);
        _click(action());
        _setValue(_get(TextArea.class, spec -> spec.withId("failover-reason")), "kabel sudah diganti");
        _click(_get(Button.class, spec -> spec.withId("failover-confirm")));

        assertThat(state()).isEqualTo("Tidak ada");
    }

    @Test
    @WithMockUser(username = "failover-view-noc", roles = "NOC")
    void aPrimaryThatIsNotOnlineShowsHowLongAndWhyNoBackupTakesOver() {
        pair(0);
        desired.putPppSecret(primary, new PppUser("fv-" + tag, "pw-fv", null, null, null, false, null));
        simulators.get(0).faults().refuseLogin(true);
        registry.testConnection(primary);
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(FailoverView.class);

        assertThat(GridKt._getFormatted(grid(), rowIndex(), "downFor")).isEqualTo("0 j 0 m");
        assertThat(state()).isEqualTo("Tidak ada · Tidak ada cadangan yang muat menampung pelanggannya (kapasitas).");
    }

    @Test
    @WithMockUser(username = "failover-view-cs", roles = "CS")
    void customerServiceSeesThePairsWithoutActions() {
        pair();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(FailoverView.class);

        assertThat(row()).satisfies(p -> assertThat(p.backup().id()).isEqualTo(backup));
        assertThat(grid().getColumnByKey("action")).as("no actions for customer service").isNull();
        assertThat(_find(Button.class, spec -> spec.withId("failover-check"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("failover-refresh"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Grid<FailoverPair> grid() {
        return _get(Grid.class, spec -> spec.withId("failover-grid"));
    }

    private int rowIndex() {
        Grid<FailoverPair> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).primary().id() == primary)
                .findFirst().orElseThrow();
    }

    private Button action() {
        return (Button) GridKt._getCellComponent(grid(), rowIndex(), "action");
    }

    private FailoverPair row() {
        return GridKt._get(grid(), rowIndex());
    }

    /** The failover column as staff read it. */
    private String state() {
        return GridKt._getFormatted(grid(), rowIndex(), "state");
    }
}
