package id.arus.settings;

/**
 * Who the operator is, as printed on invoices and mails.
 *
 * @param npwp the tax number as 15 or 16 digits without punctuation (see {@link Npwp#format}), or null
 */
public record CompanyProfile(String name, String address, String npwp) {

    public static final CompanyProfile EMPTY = new CompanyProfile("", "", null);
}
