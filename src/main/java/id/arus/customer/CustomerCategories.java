package id.arus.customer;

import java.util.List;

/**
 * The categories customers are filed under. Staff read; ADMIN adds, renames, deactivates (hidden from new
 * choices, kept on the customers that have it) and removes a category no customer has. Built-in categories
 * (residential, business, corporate) can be renamed but not deactivated or removed.
 */
public interface CustomerCategories {

    /** Every category, active or not, with how many customers have it. */
    List<CategoryOverview> overview();

    /** @param code lower-case letters, digits and dashes, e.g. {@code school}; never changes afterwards */
    CustomerCategory add(String code, String name);

    CustomerCategory rename(String code, String name);

    void deactivate(String code);

    void activate(String code);

    /** @throws id.arus.shared.InvalidInputException when built in or still used by a customer */
    void remove(String code);
}
