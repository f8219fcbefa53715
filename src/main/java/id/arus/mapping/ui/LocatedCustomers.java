package id.arus.mapping.ui;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The customers of a query that have a location, as map pins. Read page by page through
 * {@link CustomerDirectory#search} rather than {@link CustomerDirectory#pins}: at the time of writing the
 * directory's pins query joins its WHERE condition without a space ({@code ... is not null andtrue}) and
 * fails on every call. Once that is fixed, {@link #find} can become a single {@code pins(query)} call.
 */
final class LocatedCustomers {

    /** The directory's largest page. */
    static final int PAGE = 500;
    /** The most pins one map shows; a larger network is narrowed with the filters (as the directory's pins). */
    static final int MAX = 20_000;

    private LocatedCustomers() {
    }

    static List<CustomerPin> find(CustomerDirectory directory, CustomerQuery query) {
        List<CustomerPin> pins = new ArrayList<>();
        for (int offset = 0; offset < MAX; offset += PAGE) {
            List<Customer> page = directory.search(query, offset, PAGE);
            for (Customer customer : page) {
                if (customer.location() != null && pins.size() < MAX) {
                    pins.add(new CustomerPin(customer.code(), customer.name(), customer.location(), customer.status(), null));
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return pins;
    }
}
