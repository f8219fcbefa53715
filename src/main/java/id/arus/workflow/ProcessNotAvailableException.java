package id.arus.workflow;

/** No active version of the process is deployed: never deployed, or its file was removed (suspended). */
public class ProcessNotAvailableException extends RuntimeException {

    private final String processKey;

    public ProcessNotAvailableException(String processKey) {
        super("No active process definition for key " + processKey);
        this.processKey = processKey;
    }

    public String processKey() {
        return processKey;
    }
}
