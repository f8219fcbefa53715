package id.arus.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.shared.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The location picker as a form uses it, browserless: typing, the map dialog, OK and cancel. */
@ArusIT
class LocationPickerIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    MapSettings settings;

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    @Test
    @WithMockUser(username = "picker-cs", roles = "CS")
    void aClickOnTheMapBecomesTheFieldsValueOnOk() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        LocationPicker picker = new LocationPicker("Lokasi");
        List<GeoPoint> changes = new ArrayList<>();
        picker.addValueChangeListener(e -> changes.add(e.getValue()));
        UI.getCurrent().add(picker);

        picker.openDialog();
        LeafletMap map = _get(LeafletMap.class, spec -> spec.withId("location-picker-map"));
        assertThat(_get(Span.class, spec -> spec.withId("location-picker-chosen")).getText()).isEqualTo("Klik peta untuk menaruh titik.");
        // the dialog opens where the installation's maps open while nothing is picked
        assertThat(map.getCenter()).isNull();
        assertThat(map.getLayer(LocationPicker.PIN_LAYER)).isEmpty();

        GeoPoint clicked = new GeoPoint(-6.914744, 107.609810);
        ComponentUtil.fireEvent(map, new LeafletMap.MapClickEvent(map, clicked));
        assertThat(map.getLayer(LocationPicker.PIN_LAYER)).singleElement().extracting(MapMarker::at).isEqualTo(clicked);
        assertThat(_get(Span.class, spec -> spec.withId("location-picker-chosen")).getText())
                .isEqualTo("Titik terpilih: -6.914744, 107.609810");
        assertThat(picker.getValue()).as("nothing changes before OK").isNull();

        _click(_get(Button.class, spec -> spec.withId("location-picker-ok")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(picker.getValue()).isEqualTo(clicked);
        assertThat(picker.getText()).isEqualTo("-6.914744, 107.609810");
        assertThat(changes).containsExactly(clicked);

        // reopening starts at the chosen place with its pin; cancel keeps the value
        picker.openDialog();
        LeafletMap again = _get(LeafletMap.class, spec -> spec.withId("location-picker-map"));
        assertThat(again.getCenter()).isEqualTo(clicked);
        assertThat(again.getLayer(LocationPicker.PIN_LAYER)).hasSize(1);
        ComponentUtil.fireEvent(again, new LeafletMap.MapClickEvent(again, new GeoPoint(1, 1)));
        _click(_get(Button.class, spec -> spec.withId("location-picker-cancel")));
        assertThat(picker.getValue()).isEqualTo(clicked);
        assertThat(changes).hasSize(1);
    }

    @Test
    @WithMockUser(username = "picker-cs", roles = "CS")
    void typedCoordinatesAreReadAndNonsenseIsExplained() {
        KaribuViews.start(context, Locale.ENGLISH);
        LocationPicker picker = new LocationPicker("Location");
        UI.getCurrent().add(picker);
        TextField text = _get(picker, TextField.class);

        _setValue(text, "-7.2575, 112.7521");
        assertThat(picker.getValue()).isEqualTo(new GeoPoint(-7.2575, 112.7521));
        assertThat(picker.isInvalid()).isFalse();

        _setValue(text, "Jl. Pemuda 12");
        assertThat(picker.getValue()).isNull();
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).startsWith("Write the coordinates as \"latitude, longitude\"");

        _setValue(text, "");
        assertThat(picker.getValue()).isNull();
        assertThat(picker.isInvalid()).isFalse();

        picker.setValue(new GeoPoint(-6.2, 106.8));
        assertThat(picker.getText()).isEqualTo("-6.200000, 106.800000");
    }

    @Test
    void tileSettingsDefaultToOpenStreetMap() {
        assertThat(settings.tileUrl()).isEqualTo(MapSettings.OSM_TILES);
        assertThat(settings.attribution()).contains("OpenStreetMap");
        assertThat(settings.home()).isEqualTo(new GeoPoint(-6.2, 106.816666));
    }
}
