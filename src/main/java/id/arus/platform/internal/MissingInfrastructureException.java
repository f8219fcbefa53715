package id.arus.platform.internal;

/** A required piece of infrastructure is not configured; carries what to do about it. */
class MissingInfrastructureException extends RuntimeException {

    private final String variable;
    private final String action;

    MissingInfrastructureException(String variable, String description, String action) {
        super(description);
        this.variable = variable;
        this.action = action;
    }

    String variable() {
        return variable;
    }

    String action() {
        return action;
    }
}
