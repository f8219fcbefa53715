package id.arus.workflow;

import java.util.Map;

/**
 * One field of a task form, with the constraints the BPMN declares for it. Numbers are whole numbers
 * ({@code long} in Camunda); dates are calendar days.
 *
 * @param value   the current value (the process variable, else the default), or null
 * @param options for {@link Type#ENUM}: value id to label, in declared order; empty otherwise
 */
public record TaskFormField(String id, String label, Type type, Object value, boolean required, boolean readOnly,
                            Long min, Long max, Integer minLength, Integer maxLength, Map<String, String> options) {

    public enum Type { STRING, LONG, BOOLEAN, DATE, ENUM }
}
