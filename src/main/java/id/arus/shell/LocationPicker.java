package id.arus.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.shared.GeoPoint;
import java.util.List;
import java.util.Optional;

/**
 * A form field for a place: the coordinates as text ({@code -6.200000, 106.816666}, typed or pasted from
 * a map app) and a button that opens a map to click the place on, optionally starting from the browser's
 * own position. Drop it into any form like a text field; it binds to a {@link GeoPoint} (null = none):
 *
 * <pre>{@code
 * LocationPicker location = new LocationPicker(getTranslation("customer.location"));
 * binder.forField(location).bind(CustomerForm::location, null);   // or location.setValue(point)
 * }</pre>
 *
 * Text that is not a place marks the field invalid with a message and leaves the value empty.
 */
public class LocationPicker extends CustomField<GeoPoint> {

    static final String PIN_LAYER = "pin";
    static final String PIN_COLOUR = "#d32f2f";
    private static final int PICKED_ZOOM = 17;

    private final TextField text = new TextField();
    private final Button open = new Button(VaadinIcon.MAP_MARKER.create());
    private Dialog dialog;
    private GeoPoint chosen;

    public LocationPicker() {
        text.setPlaceholder("-6.200000, 106.816666");
        text.setClearButtonVisible(true);
        text.setWidthFull();
        text.addClassName("arus-location-text");
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                updateValue();
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_ICON);
        open.addClassName("arus-location-open");
        open.addClickListener(e -> openDialog());
        HorizontalLayout row = new HorizontalLayout(text, open);
        row.setPadding(false);
        row.setSpacing(true);
        row.setWidthFull();
        row.setFlexGrow(1, text);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
        addClassName("arus-location-picker");
    }

    public LocationPicker(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        super.onAttach(attach);
        open.setAriaLabel(getTranslation("map.picker.open"));
        open.setTooltipText(getTranslation("map.picker.open"));
    }

    @Override
    protected GeoPoint generateModelValue() {
        String typed = text.getValue();
        if (typed == null || typed.isBlank()) {
            setInvalid(false);
            return null;
        }
        Optional<GeoPoint> point = Coordinates.parse(typed);
        if (point.isEmpty()) {
            setErrorMessage(getTranslation("map.picker.invalid"));
            setInvalid(true);
            return null;
        }
        setInvalid(false);
        return point.get();
    }

    @Override
    protected void setPresentationValue(GeoPoint point) {
        text.setValue(Coordinates.format(point));
    }

    /** The text part, as the user sees it. */
    public String getText() {
        return text.getValue();
    }

    /** Sets the text as if the user had typed or pasted it; the value follows (null when it is no place). */
    public void setText(String typed) {
        text.setValue(typed == null ? "" : typed);
        updateValue();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
        open.setEnabled(!readOnly);
    }

    /** Opens the map dialog (what the map button does). */
    public void openDialog() {
        chosen = getValue();
        LeafletMap map = new LeafletMap();
        map.setId("location-picker-map");
        map.setHeight("60vh");
        Span hint = new Span();
        hint.setId("location-picker-chosen");
        showChoice(map, hint);
        if (chosen != null) {
            map.setView(chosen, PICKED_ZOOM);
        }
        map.addMapClickListener(e -> {
            chosen = e.getPoint();
            showChoice(map, hint);
        });

        dialog = new Dialog();
        dialog.setHeaderTitle(getLabel() == null || getLabel().isBlank() ? getTranslation("map.picker.title") : getLabel());
        dialog.setWidth("min(900px, 95vw)");
        dialog.add(map, hint);

        Button mine = new Button(getTranslation("map.picker.mine"), VaadinIcon.CROSSHAIRS.create(), e -> locateBrowser(map, hint));
        mine.setId("location-picker-mine");
        Button cancel = new Button(getTranslation("map.picker.cancel"), e -> dialog.close());
        cancel.setId("location-picker-cancel");
        Button ok = new Button(getTranslation("map.picker.ok"), e -> {
            setValue(chosen);
            setInvalid(false);
            dialog.close();
        });
        ok.setId("location-picker-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(mine, cancel, ok);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                e.getSource().getElement().removeFromParent();
            }
        });
        dialog.open();
    }

    /** The open dialog, or null. For tests and for screens that want to close it. */
    public Dialog getDialog() {
        return dialog != null && dialog.isOpened() ? dialog : null;
    }

    private void showChoice(LeafletMap map, Span hint) {
        if (chosen == null) {
            map.clearLayer(PIN_LAYER);
            hint.setText(getTranslation("map.picker.hint"));
        } else {
            map.setLayer(PIN_LAYER, List.of(MapMarker.circle(chosen, PIN_COLOUR, Coordinates.format(chosen))));
            hint.setText(getTranslation("map.picker.chosen", Coordinates.format(chosen)));
        }
    }

    /** Asks the browser where it is (the user may refuse; pages not on https or localhost cannot ask). */
    private void locateBrowser(LeafletMap map, Span hint) {
        map.getElement().executeJs("""
                return new Promise((resolve, reject) => {
                  if (!navigator.geolocation) { reject('unsupported'); return; }
                  navigator.geolocation.getCurrentPosition(
                    p => resolve(p.coords.latitude + ',' + p.coords.longitude),
                    e => reject(e.message), { timeout: 15000, maximumAge: 60000 });
                });
                """).then(String.class, position -> Coordinates.parse(position).ifPresent(point -> {
                    chosen = point;
                    showChoice(map, hint);
                    map.setView(point, PICKED_ZOOM);
                }), error -> Notification.show(getTranslation("map.picker.locationFailed"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING));
    }
}
