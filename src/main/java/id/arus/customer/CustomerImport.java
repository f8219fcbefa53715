package id.arus.customer;

/**
 * Customers from a spreadsheet: UTF-8 CSV with a header row naming the columns (name, nik, phone, email,
 * address, latitude, longitude, category, notes; any order, only name, nik, phone and address required),
 * separated by commas or by semicolons as Excel writes them in Indonesia. ADMIN and CS.
 */
public interface CustomerImport {

    /** At most this many data rows per file. */
    int MAX_ROWS = 20_000;

    /** Checks every row against the rules, the other rows and the database; stores nothing. */
    ImportReport check(String csv);

    /**
     * Imports every valid row in one transaction (all of them or, on any failure, none) and returns the
     * same report as {@link #check} with {@link ImportReport#imported()} set. Audited as one entry.
     */
    ImportReport run(String csv);
}
