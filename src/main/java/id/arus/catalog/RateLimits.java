package id.arus.catalog;

/** Renders a plan's speeds as a RouterOS rate-limit string. */
final class RateLimits {

    private RateLimits() {
    }

    static String render(Plan plan) {
        throw new UnsupportedOperationException("contract: the catalog helper implements this");
    }
}
