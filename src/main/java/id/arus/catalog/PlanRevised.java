package id.arus.catalog;

/**
 * A plan got a new version (price or speed changed). When {@code applyToExisting}, subscriptions on older
 * versions move to this one (the subscription module listens and reconciles their routers).
 */
public record PlanRevised(long planId, int version, boolean applyToExisting) {
}
