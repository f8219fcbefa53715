package id.arus.operations;

/**
 * The fact {@code rules/operations/component-health.drl} decides on: one component's latest check.
 * A plain bean rather than a record, because DRL constraints read bean properties.
 */
public class ComponentCheck {

    private final String component;
    private final String status;
    private final long responseMillis;
    private final int rejectedFiles;
    private final Integer minutesSinceLastError;

    /**
     * @param status                Spring Boot health status code: UP, DOWN, OUT_OF_SERVICE, UNKNOWN or a custom one
     * @param rejectedFiles         analyst files of this component whose latest edit was rejected
     * @param minutesSinceLastError null when the component never reported an error since start-up
     */
    public ComponentCheck(String component, String status, long responseMillis, int rejectedFiles,
                          Integer minutesSinceLastError) {
        this.component = component;
        this.status = status;
        this.responseMillis = responseMillis;
        this.rejectedFiles = rejectedFiles;
        this.minutesSinceLastError = minutesSinceLastError;
    }

    public String getComponent() {
        return component;
    }

    public String getStatus() {
        return status;
    }

    public long getResponseMillis() {
        return responseMillis;
    }

    public int getRejectedFiles() {
        return rejectedFiles;
    }

    public Integer getMinutesSinceLastError() {
        return minutesSinceLastError;
    }

    @Override
    public String toString() {
        return "ComponentCheck[" + component + " " + status + " " + responseMillis + " ms, rejected "
                + rejectedFiles + ", last error " + minutesSinceLastError + " min ago]";
    }
}
