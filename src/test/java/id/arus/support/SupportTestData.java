package id.arus.support;

import static id.arus.network.NetworkTestSupport.signIn;

import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.TestCustomers;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Customers with a portal account, as the portal and ticket tests need them. */
public final class SupportTestData {

    private final TestUsers users;
    private final CustomerDirectory customers;

    public SupportTestData(UserStore store, PasswordEncoder passwords, CustomerDirectory customers) {
        this.users = new TestUsers(store, passwords);
        this.customers = customers;
    }

    /** A portal account and its customer record (with an e-mail address), created as customer service. */
    public Customer customerWithAccount(String prefix) {
        String username = users.create(prefix, Role.CUSTOMER);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn("cs-setup", "CS");
            CustomerForm f = TestCustomers.form("Pelanggan " + username);
            return customers.createForAccount(new CustomerForm(f.name(), f.nik(), f.phone(), username + "@pelanggan.example.id",
                    f.address(), f.location(), f.category(), f.notes()), username);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public String staff(String prefix, Role role) {
        return users.create(prefix, role);
    }

    /** Puts the customer's account into this thread's security context. */
    public static void as(Customer customer) {
        signIn(customer.username(), "CUSTOMER");
    }
}
