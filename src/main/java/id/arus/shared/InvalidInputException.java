package id.arus.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule. Each field maps to message keys (in the owning module's {@code i18n} bundle),
 * so the screen and the API can both say what is wrong in the user's language.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, List<String>> fieldErrors;

    public InvalidInputException(Map<String, List<String>> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, List.of(messageKey)));
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
