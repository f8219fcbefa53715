package id.arus.operations;

/** How much attention a component needs, least first, so the worst of several decisions is the maximum. */
public enum Severity {
    OK, WARNING, CRITICAL
}
