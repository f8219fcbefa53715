package id.arus.customer;

/** A category as the category screen shows it. */
public record CategoryOverview(CustomerCategory category, boolean active, long customers) {
}
