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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.TestRouters;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import com.vaadin.flow.component.html.Span;
import id.arus.shell.ArusI18n;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class NasViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
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
    @WithMockUser(username = "nas-view-noc", roles = "NOC")
    void nocAddsARouterAndSeesWhatIsWrongFirst() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(NasView.class);

        _click(_get(Button.class, spec -> spec.withId("nas-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("nas-name")), "NAS View " + tag);
        _setValue(_get(TextField.class, spec -> spec.withId("nas-host")), "10.300.0.1");
        _setValue(_get(TextField.class, spec -> spec.withId("nas-username")), "arus-api");
        _setValue(_get(PasswordField.class, spec -> spec.withId("nas-password")), "rahasia-router");
        _click(_get(Button.class, spec -> spec.withId("nas-save")));

        TextField host = _get(TextField.class, spec -> spec.withId("nas-host"));
        assertThat(host.isInvalid()).isTrue();
        assertThat(host.getErrorMessage()).startsWith("Isi alamat IPv4 atau IPv6");

        _setValue(host, "nas-view-" + tag + ".isp.example");
        _click(_get(Button.class, spec -> spec.withId("nas-save")));

        assertThat(_find(Dialog.class)).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<Nas> grid = _get(Grid.class, spec -> spec.withId("nas-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).name()))
                .contains("NAS View " + tag);
    }

    @Test
    @WithMockUser(username = "nas-view-tech", roles = {"TECHNICIAN", "NOC"})
    void theTestButtonShowsWhatTheRouterAnswered() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_20);
        Nas nas = registry.create(new NasForm("NAS Test " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null));
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(NasView.class);

        @SuppressWarnings("unchecked")
        Grid<Nas> grid = _get(Grid.class, spec -> spec.withId("nas-grid"));
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).id() == nas.id()).findFirst().orElseThrow();
        assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).isEqualTo("Belum diperiksa");
        _click((Button) GridKt._getCellComponent(grid, row, "test"));
        assertThat(((Span) GridKt._getCellComponent(grid, row, "status")).getText()).as("the list shows what the test found")
                .isEqualTo("Online");

        assertThat(_get(Span.class, spec -> spec.withId("nas-test-status")).getText()).isEqualTo("Online");
        assertThat(_get(Dialog.class, spec -> spec.withId("nas-test-dialog")).getElement().getTextRecursively())
                .contains(RouterOsVersion.V7_20.version(), router.identity());
    }

    @Test
    @WithMockUser(username = "nas-view-cs", roles = "CS")
    void customerServiceSeesTheListButCannotChangeIt() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(NasView.class);

        assertThat(_find(Button.class, spec -> spec.withId("nas-add"))).as("hidden from CS").isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("nas-grid"))).hasSize(1);
    }
}
