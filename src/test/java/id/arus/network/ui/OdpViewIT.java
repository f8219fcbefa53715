package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import id.arus.shell.ArusI18n;
import id.arus.shell.LocationPicker;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
class OdpViewIT {

    private static final AtomicInteger PORTS = new AtomicInteger(32_000);

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    DistributionPoints odps;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private Nas nas;

    @BeforeEach
    void registerNas() {
        nas = SystemIdentity.call("odp-view-test", () -> registry.create(new NasForm("OV " + tag, "127.0.0.1", PORTS.incrementAndGet(),
                false, "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)));
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "odp-view-tech", roles = "TECHNICIAN")
    void aTechnicianAddsAndChangesAnOdp() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(OdpView.class);
        String code = "ODP-T-" + tag;
        _setValue(_get(TextField.class, spec -> spec.withId("odp-code")), code);
        _setValue(_get(TextField.class, spec -> spec.withId("odp-name")), "ODP Terban");
        pickNas();
        LocationPicker location = _get(LocationPicker.class, spec -> spec.withId("odp-location"));
        location.setText("-7.77");
        _click(_get(Button.class, spec -> spec.withId("odp-save")));
        assertThat(location.isInvalid()).isTrue();
        assertThat(location.getErrorMessage()).isEqualTo("Lokasi ditulis lintang,bujur dalam derajat, mis. -7.7500,110.3700.");

        location.setText("-7.7768, 110.3770");
        _click(_get(Button.class, spec -> spec.withId("odp-save")));
        DistributionPoint saved = odps.findByCode(code).orElseThrow();
        assertThat(saved).isEqualTo(new DistributionPoint(saved.id(), code, "ODP Terban", nas.id(), new GeoPoint(-7.7768, 110.3770), 16));
        assertThat(GridKt._getFormatted(grid(), row(code), "nas")).isEqualTo("OV " + tag);

        grid().select(GridKt._get(grid(), row(code)));
        assertThat(_get(TextField.class, spec -> spec.withId("odp-code")).isReadOnly()).isTrue();
        _setValue(_get(IntegerField.class, spec -> spec.withId("odp-ports")), 24);
        _click(_get(Button.class, spec -> spec.withId("odp-save")));
        assertThat(odps.findByCode(code)).hasValueSatisfying(p -> assertThat(p.ports()).isEqualTo(24));

        _click((Button) GridKt._getCellComponent(grid(), row(code), "remove"));
        assertThat(odps.findByCode(code)).isEmpty();
    }

    @Test
    @WithMockUser(username = "odp-view-cs", roles = "CS")
    void customerServiceOnlyLooks() {
        String code = "ODP-CS-" + tag;
        SystemIdentity.call("odp-view-test", () -> odps.create(code, "ODP Kotabaru", nas.id(), new GeoPoint(-7.7857, 110.3745), 8));
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(OdpView.class);
        assertThat(GridKt._getFormatted(grid(), row(code), "location")).isEqualTo("-7.785700,110.374500");
        assertThat(_find(Button.class, spec -> spec.withId("odp-save"))).isEmpty();
        assertThat(grid().getColumnByKey("remove")).isNull();
    }

    @Test
    void locationsAreReadAsLatitudeCommaLongitude() {
        assertThat(OdpView.parseLocation(" -7.75 , 110.37 ")).isEqualTo(new GeoPoint(-7.75, 110.37));
        assertThatThrownBy(() -> OdpView.parseLocation("110.37")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OdpView.parseLocation("-97,110")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors().get("location")).containsExactly("odp.location.invalid"));
        assertThatThrownBy(() -> OdpView.parseLocation(""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("location")).containsExactly("odp.location.required"));
    }

    @SuppressWarnings("unchecked")
    private void pickNas() {
        ComboBox<Nas> picker = _get(ComboBox.class, spec -> spec.withId("odp-nas"));
        _setValue(picker, picker.getListDataView().getItems().filter(n -> n.id() == nas.id()).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Grid<DistributionPoint> grid() {
        return _get(Grid.class, spec -> spec.withId("odp-grid"));
    }

    private int row(String code) {
        return IntStream.range(0, GridKt._size(grid())).filter(i -> GridKt._get(grid(), i).code().equals(code)).findFirst().orElseThrow();
    }
}
