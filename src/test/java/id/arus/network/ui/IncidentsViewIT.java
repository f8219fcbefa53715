package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DesiredStateChanged;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkIncident;
import id.arus.network.NetworkIncidentFilter;
import id.arus.network.NetworkIncidents;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.shell.AccessDeniedView;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

@ArusIT
class IncidentsViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    NetworkIncidents incidents;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    static final TestRouters simulators = new TestRouters();

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    /** A router Arus cannot log in to, and the incident its automatic reconcile opens. */
    private Nas loginRefused(RouterOsVersion version, String name) throws InterruptedException {
        return loginRefused(simulators.get(version), name);
    }

    private Nas loginRefused(SimulatedRouter router, String name) throws InterruptedException {
        Nas nas = registry.create(new NasForm(name + " " + tag, "127.0.0.1", router.port(), false, router.username(),
                "wrong-" + tag, null, null, NasRole.PRIMARY, null, null, null));
        NetworkTestSupport.publishCommitted(transactions, events, new DesiredStateChanged(nas.id()));
        NetworkTestSupport.await("the login-refused incident", Duration.ofSeconds(20),
                () -> !incidents.list(new NetworkIncidentFilter(NetworkIncident.Status.OPEN, null, nas.name())).isEmpty());
        return nas;
    }

    @SuppressWarnings("unchecked")
    private static Grid<NetworkIncident> grid() {
        return _get(Grid.class, spec -> spec.withId("incidents-grid"));
    }

    private static int row(Grid<NetworkIncident> grid, long nasId) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).nasId() == nasId).findFirst().orElseThrow();
    }

    @Test
    void nocSeesTheRoutersMessageAndARetryAfterTheFixResolvesIt() throws InterruptedException {
        NetworkTestSupport.signIn("incidents-view-noc", "NOC");
        Nas nas = loginRefused(RouterOsVersion.V7_16, "Incident View");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(IncidentsView.class);

        Grid<NetworkIncident> grid = grid();
        int row = row(grid, nas.id());
        assertThat(GridKt._getFormatted(grid, row, "status")).isEqualTo("Terbuka");
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(grid, row, "kind")).getText())
                .isEqualTo("Login ditolak");
        grid.asSingleSelect().setValue(GridKt._get(grid, row));
        assertThat(_get(Paragraph.class, spec -> spec.withId("incidents-details-error")).getText())
                .startsWith("Reconcile of " + nas.name() + " failed");

        SimulatedRouter router = simulators.get(RouterOsVersion.V7_16);
        NasForm form = NasForm.of(nas);
        registry.update(nas.id(), new NasForm(form.name(), form.host(), form.apiPort(), false, form.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null));
        _click(_get(Button.class, spec -> spec.withId("incidents-retry")));

        assertThat(_get(Div.class, spec -> spec.withId("incidents-result")).getElement().getTextRecursively())
                .contains(nas.name() + ": rekonsiliasi berhasil");
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)))
                .as("only open ones listed").noneMatch(i -> i.nasId() == nas.id());
        _get(ComboBox.class, spec -> spec.withId("incidents-status")).clear();
        _get(TextField.class, spec -> spec.withId("incidents-text")).setValue(nas.name());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Selesai");
    }

    @Test
    void theDashboardAndTheMenuCountOpenIncidents() throws InterruptedException {
        NetworkTestSupport.signIn("incidents-view-tech", "NOC");
        loginRefused(RouterOsVersion.V7_20, "Incident Count");
        NetworkTestSupport.signIn("incidents-view-tech", "TECHNICIAN");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(id.arus.dashboard.ui.DashboardView.class);

        com.vaadin.flow.component.html.Span open = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("open-incidents"));
        assertThat(open.getText()).matches("[1-9][0-9]* terbuka");
        assertThat(open.getElement().getThemeList()).contains("error");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .filter(item -> "Insiden jaringan".equals(item.getLabel())))
                .singleElement().satisfies(item -> assertThat(item.getSuffixComponent().getElement().getText()).matches("[1-9][0-9]*"));
    }

    @Test
    void resolvingNeedsANote() throws InterruptedException {
        NetworkTestSupport.signIn("incidents-view-admin", "ADMIN");
        Nas nas = loginRefused(RouterOsVersion.V6_49, "Incident Note");
        KaribuViews.start(context, java.util.Locale.ENGLISH);
        KaribuViews.show(IncidentsView.class);
        Grid<NetworkIncident> grid = grid();
        grid.asSingleSelect().setValue(GridKt._get(grid, row(grid, nas.id())));

        _click(_get(Button.class, spec -> spec.withId("incidents-resolve")));
        _click(_get(Button.class, spec -> spec.withId("incidents-resolve-save")));
        TextArea note = _get(TextArea.class, spec -> spec.withId("incidents-resolve-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a note saying what was done.");

        note.setValue("Password reset on the router by the field team");
        _click(_get(Button.class, spec -> spec.withId("incidents-resolve-save")));

        NetworkIncident resolved = incidents.list(new NetworkIncidentFilter(null, null, nas.name())).get(0);
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolution()).isEqualTo("Password reset on the router by the field team");
        assertThat(resolved.resolvedBy()).isEqualTo("incidents-view-admin");
    }

    @Test
    void customerServiceLooksWithoutActionsAndFinanceCannotOpenIt() throws Exception {
        NetworkTestSupport.signIn("incidents-view-noc2", "NOC");
        // a router of its own: each router endpoint can be registered once, and the others are taken
        SimulatedRouter own = SimulatedRouter.builder(RouterOsVersion.V7_16).start();
        Nas nas;
        try {
            nas = loginRefused(own, "Incident Look");
        } finally {
            own.close();
        }
        NetworkTestSupport.signIn("incidents-view-cs", "CS");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(IncidentsView.class);
        Grid<NetworkIncident> grid = grid();
        grid.asSingleSelect().setValue(GridKt._get(grid, row(grid, nas.id())));

        assertThat(_find(Paragraph.class, spec -> spec.withId("incidents-details-error"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("incidents-retry"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("incidents-resolve"))).isEmpty();

        KaribuViews.stop();
        NetworkTestSupport.signIn("incidents-view-finance", "FINANCE");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate(IncidentsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(IncidentsView.class::isInstance)
                .anyMatch(AccessDeniedView.class::isInstance);
    }
}
