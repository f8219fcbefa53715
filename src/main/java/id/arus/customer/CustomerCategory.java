package id.arus.customer;

/** residential, business, corporate are built in; operators add their own. */
public record CustomerCategory(String code, String name, boolean builtIn) {
}
