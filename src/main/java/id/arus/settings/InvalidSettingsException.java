package id.arus.settings;

import java.util.List;
import java.util.stream.Collectors;

/** A change was refused because some fields are invalid; nothing was stored. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<SettingsViolation> violations;

    public InvalidSettingsException(List<SettingsViolation> violations) {
        super("Invalid settings: " + violations.stream().map(v -> v.field() + " (" + v.messageKey() + ")")
                .collect(Collectors.joining(", ")));
        this.violations = List.copyOf(violations);
    }

    public List<SettingsViolation> violations() {
        return violations;
    }
}
