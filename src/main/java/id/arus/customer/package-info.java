/**
 * Customers: identity (code, NIK, phone, email), address and location, category, documents with their
 * verification, search, CSV import. API: {@link id.arus.customer.CustomerDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package id.arus.customer;
