package id.arus.workflow;

import java.util.Map;

/**
 * Values for a task form were refused.
 *
 * @see #errors()
 */
public class InvalidTaskFormException extends RuntimeException {

    /** The constraint a field broke: {@code required}, {@code min}, {@code max}, {@code minlength}, {@code maxlength}, {@code type}. */
    private final Map<String, String> errors;

    public InvalidTaskFormException(Map<String, String> errors) {
        super("Invalid task form: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Field id to the name of the constraint it broke. */
    public Map<String, String> errors() {
        return errors;
    }
}
