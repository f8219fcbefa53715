package id.arus.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The plan catalogue. Reading is open to every signed-in user (customers see plans in the portal sign-up,
 * which may also be anonymous: {@link #sellable()}); changes are ADMIN and FINANCE.
 */
public interface PlanCatalog {

    /** Active, non-template plans, for sign-up and new subscriptions; callable without signing in. */
    List<Plan> sellable();

    List<Plan> list(boolean includeArchived);

    /** The current version. @throws java.util.NoSuchElementException when unknown */
    Plan get(long planId);

    Optional<Plan> findByCode(String code);

    /** A past or current version, as sold to a subscription. */
    Plan version(long planId, int version);

    Plan create(PlanForm form);

    /**
     * Changes a plan. A change of price or speed makes a new version and publishes {@link PlanRevised};
     * a change of name only does not.
     */
    Plan update(long planId, PlanForm form, boolean applyToExisting);

    Plan archive(long planId);

    Plan restore(long planId);

    /** A new plan pre-filled from another (usually a template), with a new code and name. */
    Plan cloneFrom(long sourcePlanId, String newCode, String newName);
}
