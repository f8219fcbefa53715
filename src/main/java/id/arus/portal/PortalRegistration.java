package id.arus.portal;

/**
 * Everything the sign-up form asks for.
 *
 * @param location  {@code lat,lon} as typed or pasted from a map app; may be blank
 * @param planId    one of {@code PlanCatalog.sellable()}; null when none was chosen
 * @param site      the area, for NAS placement
 * @param consented the customer accepted the terms and the processing of their data
 */
public record PortalRegistration(String username, String fullName, String nik, String phone, String email,
                                 String address, String location, Long planId, String site, String password,
                                 String passwordRepeat, boolean consented, String language) {

    @Override
    public String toString() {
        // never print the passwords or the NIK
        return "PortalRegistration[username=" + username + ", planId=" + planId + ", site=" + site + "]";
    }
}
