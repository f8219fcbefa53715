package id.arus.settings;

import java.util.Locale;

/**
 * The operator's language and currency defaults: the language for someone who has not chosen one (a
 * customer's mail, a new user) and the currency of prices and invoices.
 */
public interface Localization {

    Locale defaultLocale();

    /** ISO 4217 code; Arus handles rupiah only for now. */
    String currency();
}
