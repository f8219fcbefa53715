package id.arus.customer;

import java.util.List;
import java.util.Optional;

/**
 * Customers. Staff roles read; ADMIN and CS change. A CUSTOMER reaches only their own record
 * ({@link #mine()}, {@link #updateMine}). Documents, categories and import have their own services in this module.
 */
public interface CustomerDirectory {

    Customer create(CustomerForm form);

    /**
     * Creates the customer record of a portal sign-up and links it to the portal account (the caller may
     * be anonymous; the portal calls this while creating the account).
     */
    Customer createForAccount(CustomerForm form, String username);

    Customer update(String code, CustomerForm form);

    /** @throws java.util.NoSuchElementException when unknown or not the caller's */
    Customer get(String code);

    Optional<Customer> findByCode(String code);

    Customer getById(long id);

    List<Customer> search(CustomerQuery query, int offset, int limit);

    long count(CustomerQuery query);

    /** The signed-in CUSTOMER's own record. */
    Customer mine();

    Customer updateMine(CustomerForm form);

    /**
     * Records (upserts by subscription number) what is known of one of the customer's services and
     * recomputes their status; called by the subscription module on every status, NAS or plan change.
     */
    void recordService(long customerId, ServiceSummary service);

    /**
     * What is known of the customer's services (as {@link #recordService} left it), by subscription number.
     * Same access as {@link #get}.
     */
    List<ServiceSummary> services(String code);

    /** Customers that have a location, for the map. */
    List<CustomerPin> pins(CustomerQuery query);

    List<CustomerCategory> categories();
}
