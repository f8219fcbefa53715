package id.arus.subscription.internal;

import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;

/** Reading values typed into task forms. */
final class TaskValues {

    private TaskValues() {
    }

    static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    static String text(Object value) {
        return blank(value) ? null : value.toString().trim();
    }

    /** Degrees as typed; a comma as decimal separator (Indonesian keyboards) is accepted. */
    static Double degrees(Object value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Double.valueOf(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The point, or null when either half is missing, not a number or out of range. */
    static GeoPoint point(Object latitude, Object longitude) {
        Double lat = degrees(latitude);
        Double lon = degrees(longitude);
        if (lat == null || lon == null) {
            return null;
        }
        try {
            return new GeoPoint(lat, lon);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /**
     * A form value a completion listener refuses, as the engine's own form validation reports one: the task
     * inbox turns it into the field's message ({@code required}, {@code type}) and the task stays open.
     */
    static FormFieldValidatorException refused(String field, String constraint) {
        return new FormFieldValidatorException(field, constraint, null, null,
                "Field " + field + " is refused: " + constraint);
    }
}
