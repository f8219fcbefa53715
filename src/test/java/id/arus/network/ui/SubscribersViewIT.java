package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DesiredState;
import id.arus.network.DesiredSubscriber;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.PppUser;
import id.arus.network.Reconciler;
import id.arus.network.SimpleQueue;
import id.arus.network.SubscriberMoves;
import id.arus.network.TestRouters;
import id.arus.shell.AccessDeniedView;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class SubscribersViewIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    @Autowired
    SubscriberMoves moves;
    @Autowired
    Reconciler reconciler;
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

    private Nas register(String name, SimulatedRouter router) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DesiredSubscriber> grid() {
        return _get(Grid.class, spec -> spec.withId("subscribers-grid"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Nas> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @Test
    @WithMockUser(username = "subscribers-view-noc", roles = "NOC")
    void nocSearchesAndMovesSubscribersToAnotherNasAfterConfirming() {
        SimulatedRouter oldRouter = simulators.get(RouterOsVersion.V7_16);
        SimulatedRouter newRouter = simulators.get(RouterOsVersion.V7_20);
        Nas from = register("Subs from", oldRouter);
        Nas to = register("Subs to", newRouter);
        desired.putPppSecret(from.id(), new PppUser("gita-" + tag, "pw-g", null, "pppoe", null, false, null));
        desired.putSimpleQueue(from.id(), SimpleQueue.of("gita-" + tag, "10.4.0.2", "5M/10M"));
        desired.putPppSecret(from.id(), new PppUser("hadi-" + tag, "pw-h", null, "pppoe", null, false, null));
        reconciler.reconcile(from.id());
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(SubscribersView.class);

        combo("subscribers-nas").setValue(from);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), 0, "queue")).isEqualTo("5M/10M");
        _get(TextField.class, spec -> spec.withId("subscribers-search")).setValue("GITA");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).name()).isEqualTo("gita-" + tag);

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("subscribers-move")));
        combo("subscribers-move-target").setValue(to);
        assertThat(_get(Paragraph.class, spec -> spec.withId("subscribers-move-question")).getText())
                .isEqualTo("Move 1 subscribers from Subs from " + tag + " to Subs to " + tag
                        + "? Their secret/user, queue and address-list entries go with them; sessions on the old router are ended.");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("subscribers-move-dialog")));

        assertThat(_get(Div.class, spec -> spec.withId("subscribers-result")).getElement().getTextRecursively())
                .contains("1 subscribers moved from Subs from " + tag + " to Subs to " + tag)
                .contains("Subs to " + tag + ": 2 added").contains("Subs from " + tag + ": 0 added, 2 removed");
        assertThat(moves.subscribers(to.id())).extracting(DesiredSubscriber::name).containsExactly("gita-" + tag);
        assertThat(newRouter.print("/ppp/secret")).anyMatch(r -> ("gita-" + tag).equals(r.get("name")));
        assertThat(oldRouter.print("/queue/simple")).noneMatch(q -> ("gita-" + tag).equals(q.get("name")));
        assertThat(GridKt._size(grid())).as("the list is read again: gita has gone").isZero();
    }

    @Test
    @WithMockUser(username = "subscribers-view-tech", roles = "TECHNICIAN")
    void techniciansSeeTheListButCannotMove() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(SubscribersView.class);

        assertThat(_find(Grid.class, spec -> spec.withId("subscribers-grid"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("subscribers-move"))).as("no visible move button").isEmpty();
        assertThat(grid().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
    }

    @Test
    @WithMockUser(username = "subscribers-view-cs", roles = "CS")
    void customerServiceCannotOpenIt() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        UI.getCurrent().navigate(SubscribersView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(SubscribersView.class::isInstance)
                .anyMatch(AccessDeniedView.class::isInstance);
    }
}
