package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DesiredState;
import id.arus.network.IpAssignment;
import id.arus.network.IpPool;
import id.arus.network.IpPools;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.PppUser;
import id.arus.shared.SystemIdentity;
import id.arus.shell.ArusI18n;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class PoolsViewIT {

    private static final AtomicInteger PORTS = new AtomicInteger(31_000);

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    IpPools pools;
    @Autowired
    DesiredState desired;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Nas nas;

    @BeforeEach
    void registerNas() {
        nas = SystemIdentity.call("pools-view-test", () -> registry.create(new NasForm("PV " + tag, "127.0.0.1", PORTS.incrementAndGet(),
                false, "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "pools-view-noc", roles = "NOC")
    void nocAddsAPoolAssignsByHandAndSeesConflicts() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(PoolsView.class);
        pickNas();

        _setValue(_get(TextField.class, spec -> spec.withId("pools-new-name")), "statis");
        TextField ranges = _get(TextField.class, spec -> spec.withId("pools-new-ranges"));
        _setValue(ranges, "10.20.0.0/8");
        _click(_get(Button.class, spec -> spec.withId("pools-add")));
        assertThat(ranges.isInvalid()).isTrue();
        assertThat(ranges.getErrorMessage()).isEqualTo("Pool terlalu besar; paling banyak 65.536 alamat (/16).");

        _setValue(ranges, "10.20.0.0/29");
        _click(_get(Button.class, spec -> spec.withId("pools-add")));
        assertThat(ranges.isInvalid()).isFalse();
        assertThat(GridKt._size(poolGrid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(poolGrid(), 0, "size")).isEqualTo("6");

        _setValue(_get(TextField.class, spec -> spec.withId("pools-assign-owner")), "SUB-7");
        _click(_get(Button.class, spec -> spec.withId("pools-assign")));
        assertThat(GridKt._get(assignmentGrid(), 0)).isEqualTo(new IpAssignment(GridKt._get(poolGrid(), 0).id(), nas.id(), "10.20.0.1", "SUB-7"));
        assertThat(GridKt._getFormatted(poolGrid(), 0, "used")).isEqualTo("1 (17%)");

        TextField address = _get(TextField.class, spec -> spec.withId("pools-assign-address"));
        _setValue(_get(TextField.class, spec -> spec.withId("pools-assign-owner")), "SUB-8");
        _setValue(address, "10.20.0.1");
        _click(_get(Button.class, spec -> spec.withId("pools-assign")));
        assertThat(address.getErrorMessage()).isEqualTo("Alamat ini sudah dipakai pelanggan lain.");

        // someone else's secret on SUB-7's address: listed and the row marked
        desired.putPppSecret(nas.id(), new PppUser("lain-" + tag, "pw", null, "pppoe", "10.20.0.1", false, "SUB-99"));
        KaribuViews.show(PoolsView.class);
        pickNas();
        assertThat(_get(UnorderedList.class, spec -> spec.withId("pools-conflicts")).getChildren()
                .map(c -> ((ListItem) c).getText()).toList())
                .containsExactly("10.20.0.1: /ppp/secret lain-" + tag + " uses the address assigned to SUB-7");
        assertThat(assignmentGrid().getClassNameGenerator().apply(GridKt._get(assignmentGrid(), 0))).isEqualTo("arus-conflict");

        Button release = (Button) GridKt._getCellComponent(assignmentGrid(), 0, "release");
        assertThat(release.getId()).hasValue("pools-release-10.20.0.1");
        _click(release);
        assertThat(GridKt._size(assignmentGrid())).isZero();
        IpPool pool = GridKt._get(poolGrid(), 0);
        _click((Button) GridKt._getCellComponent(poolGrid(), 0, "remove"));
        assertThat(pools.pools(nas.id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "pools-view-cs", roles = "CS")
    void customerServiceOnlyLooks() {
        SystemIdentity.call("pools-view-test", () -> pools.createPool(nas.id(), "statis", "10.21.0.0/24"));
        KaribuViews.start(context, java.util.Locale.ENGLISH);
        KaribuViews.show(PoolsView.class);
        pickNas();
        assertThat(GridKt._getFormatted(poolGrid(), 0, "ranges")).isEqualTo("10.21.0.1-10.21.0.254");
        assertThat(_find(Button.class, spec -> spec.withId("pools-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("pools-assign"))).isEmpty();
        assertThat(poolGrid().getColumnByKey("remove")).isNull();
    }

    @SuppressWarnings("unchecked")
    private void pickNas() {
        ComboBox<Nas> picker = _get(ComboBox.class, spec -> spec.withId("pools-nas"));
        _setValue(picker, picker.getListDataView().getItems().filter(n -> n.id() == nas.id()).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Grid<IpPool> poolGrid() {
        return _get(Grid.class, spec -> spec.withId("pools-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<IpAssignment> assignmentGrid() {
        return _get(Grid.class, spec -> spec.withId("pools-assignments"));
    }
}
