package id.arus.operations;

/** What a component-health rule decided; a component may get several and the worst one counts. */
public class SeverityDecision {

    private final String component;
    private final Severity severity;
    private final String rule;

    public SeverityDecision(String component, Severity severity, String rule) {
        this.component = component;
        this.severity = severity;
        this.rule = rule;
    }

    public String getComponent() {
        return component;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return component + " " + severity + " (" + rule + ")";
    }
}
