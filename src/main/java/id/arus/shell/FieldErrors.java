package id.arus.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.arus.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Shows the field errors of an {@link InvalidInputException} on the form fields they belong to, in the
 * screen's language; errors for fields the form does not show go into one notification.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Component translator;

    public FieldErrors(Component translator) {
        this.translator = translator;
    }

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public void show(InvalidInputException e) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        e.fieldErrors().forEach((field, keys) -> {
            String text = text(keys);
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(text);
                target.setInvalid(true);
            } else {
                unplaced.append(text).append(' ');
            }
        });
        if (!unplaced.isEmpty()) {
            error(unplaced.toString().trim());
        }
    }

    private String text(List<String> keys) {
        return keys.stream().map(translator::getTranslation).collect(Collectors.joining(" "));
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
