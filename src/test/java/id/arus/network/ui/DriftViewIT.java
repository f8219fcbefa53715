package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DesiredState;
import id.arus.network.DriftReport;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.PppUser;
import id.arus.network.TestRouters;
import id.arus.shell.AccessDeniedView;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class DriftViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    static final TestRouters simulators = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "drift-view-noc", roles = "NOC")
    void nocSeesWhatDiffersAndReconciles() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_20);
        long nas = registry.create(new NasForm("Drift View " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        desired.putPppSecret(nas, new PppUser("fajar-" + tag, "pw-f", "paket-10m", null, null, false, null));
        desired.putSimpleQueue(nas, id.arus.network.SimpleQueue.of("fajar-" + tag, "10.3.0.2", "5M/10M"));
        router.execute("/ppp/secret/add", java.util.Map.of("name", "hand-" + tag, "password", "x"));
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(DriftView.class);

        @SuppressWarnings("unchecked")
        Grid<DriftReport> grid = _get(Grid.class, spec -> spec.withId("drift-grid"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nas).findFirst().orElseThrow();
        assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("2 perbedaan");
        assertThat(GridKt._getFormatted(grid, row, "last")).isEqualTo("Belum pernah");

        grid.asSingleSelect().setValue(GridKt._get(grid, row));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("drift-ppp-secret-toAdd")).getElement().getTextRecursively())
                .contains("fajar-" + tag);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("drift-ppp-secret-unmanaged")).getElement().getTextRecursively())
                .contains("hand-" + tag);
        assertThat(_get(com.vaadin.flow.component.html.H4.class, spec -> spec.withId("drift-simple-queue")).getText())
                .isEqualTo("Simple queue: 1 perbedaan, 0 tidak dikelola");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("drift-simple-queue-toAdd")).getElement().getTextRecursively())
                .contains("fajar-" + tag);

        _click(_get(Button.class, spec -> spec.withId("drift-reconcile")));

        assertThat(_get(Div.class, spec -> spec.withId("drift-result")).getElement().getTextRecursively())
                .contains("Drift View " + tag + ": 2 ditambah");
        assertThat(router.print("/ppp/secret")).anyMatch(r -> ("fajar-" + tag).equals(r.get("name")));
        int after = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nas).findFirst().orElseThrow();
        assertThat(((Span) GridKt._getCellComponent(grid, after, "status")).getText()).isEqualTo("Sesuai");
        assertThat(GridKt._getFormatted(grid, after, "last")).endsWith("berhasil");

        // reconcile all, in English: this router is already in sync, nothing else of this test is reachable
        KaribuViews.stop();
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(DriftView.class);
        _click(_get(Button.class, spec -> spec.withId("drift-reconcile-all")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("drift-reconcile-all-confirm")));
        assertThat(_get(Div.class, spec -> spec.withId("drift-result")).getElement().getTextRecursively())
                .contains("routers reconciled").contains("Drift View " + tag + ": 0 added, 0 changed, 0 removed");
    }

    @Test
    @WithMockUser(username = "drift-view-noc-dead", roles = "NOC")
    void anUnreachableRouterIsAClearErrorNotAnEmptyDiff() throws java.io.IOException {
        SimulatedRouter credentials = simulators.get(RouterOsVersion.V6_49);
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        long nas = registry.create(new NasForm("Drift Dead " + tag, "127.0.0.1", closed, false, credentials.username(),
                credentials.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(DriftView.class);

        @SuppressWarnings("unchecked")
        Grid<DriftReport> grid = _get(Grid.class, spec -> spec.withId("drift-grid"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nas).findFirst().orElseThrow();
        assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("Tidak terjangkau");
        grid.asSingleSelect().setValue(GridKt._get(grid, row));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("drift-details-error"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("drift-reconcile")));

        assertThat(_get(Div.class, spec -> spec.withId("drift-result")).getElement().getTextRecursively())
                .startsWith("Drift Dead " + tag + " tidak terjangkau: ");
        int after = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nas).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, after, "last")).contains("gagal");
    }

    @Test
    @WithMockUser(username = "drift-view-noc-refused", roles = "NOC")
    void aRouterRefusingTheLoginSaysLoginRefused() throws java.io.IOException {
        try (SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).start()) {
            router.faults().refuseLogin(true);
            long nas = registry.create(new NasForm("Drift Refused " + tag, "127.0.0.1", router.port(), false, router.username(),
                    router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
            KaribuViews.start(context, Locale.ENGLISH);
            KaribuViews.show(DriftView.class);

            @SuppressWarnings("unchecked")
            Grid<DriftReport> grid = _get(Grid.class, spec -> spec.withId("drift-grid"));
            int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nas).findFirst().orElseThrow();
            assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("Login refused");
            grid.asSingleSelect().setValue(GridKt._get(grid, row));
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("drift-details-login-refused")).getText())
                    .contains("Fix the credentials");

            _click(_get(Button.class, spec -> spec.withId("drift-reconcile")));
            assertThat(_get(Div.class, spec -> spec.withId("drift-result")).getElement().getTextRecursively())
                    .startsWith("Drift Refused " + tag + ": login refused");
        }
    }

    @Test
    @WithMockUser(username = "drift-view-tech", roles = "TECHNICIAN")
    void techniciansLookButHaveNoReconcileButtons() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(DriftView.class);

        assertThat(_find(Grid.class, spec -> spec.withId("drift-grid"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("drift-reconcile-all"))).isEmpty();
    }

    @Test
    @WithMockUser(username = "drift-view-cs", roles = "CS")
    void customerServiceCannotOpenItNorReconcile() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate(DriftView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(DriftView.class::isInstance)
                .anyMatch(AccessDeniedView.class::isInstance);
        assertThat(_find(Button.class, spec -> spec.withId("drift-reconcile-all"))).isEmpty();
    }
}
