package id.arus.network.routeros;

/**
 * The router rejected a command with {@code !trap}. Carries the router's own message (shown to staff as
 * is, e.g. "failure: secret with the same name already exists") and the category when the router gave
 * one: 0 missing item, 1 argument, 2 interrupted, 3 script, 4 general, 5 API, 6 TTY, 7 {@code :return}.
 */
public class RouterOsTrapException extends RouterOsException {

    /** Category RouterOS uses for a command ended by {@code /cancel}. */
    public static final int CATEGORY_INTERRUPTED = 2;

    private final String routerMessage;
    private final Integer category;
    private final String command;

    public RouterOsTrapException(String router, String command, String routerMessage, Integer category) {
        super(router + " rejected " + command + ": " + routerMessage
                + (category == null ? "" : " (category " + category + ")"));
        this.routerMessage = routerMessage;
        this.category = category;
        this.command = command;
    }

    /** The router's own text from {@code =message=}. */
    public String routerMessage() {
        return routerMessage;
    }

    /** The {@code =category=} number, or {@code null} when the router sent none. */
    public Integer category() {
        return category;
    }

    /** The command path that was rejected. */
    public String command() {
        return command;
    }
}
