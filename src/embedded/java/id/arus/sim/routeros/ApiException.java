package id.arus.sim.routeros;

/**
 * A command the simulated router refuses, answered with {@code !trap}. The category follows the
 * RouterOS API: 0 missing item or command, 1 argument, 2 interrupted, 4 general failure; null means
 * no {@code =category=} word, which is how RouterOS reports "failure: ..." errors.
 */
final class ApiException extends RuntimeException {

    static final int MISSING_ITEM_OR_COMMAND = 0;
    static final int ARGUMENT = 1;
    static final int INTERRUPTED = 2;

    private final Integer category;

    ApiException(Integer category, String message) {
        super(message, null, false, false);
        this.category = category;
    }

    static ApiException failure(String message) {
        return new ApiException(null, "failure: " + message);
    }

    Integer category() {
        return category;
    }
}
