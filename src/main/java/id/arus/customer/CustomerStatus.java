package id.arus.customer;

/**
 * Where a customer stands, derived from their services: ACTIVE when any service is active, else SUSPENDED
 * when any is suspended, else PROSPECT while one is being onboarded, else INACTIVE (none, or all terminated).
 */
public enum CustomerStatus { PROSPECT, ACTIVE, SUSPENDED, INACTIVE }
