package id.arus.workflow;

/** A process that can be chosen in the inbox filter. */
public record ProcessOption(String key, String name) {
}
