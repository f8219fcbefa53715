package id.arus.settings;

/**
 * One invalid field.
 *
 * @param field      the record component, e.g. {@code npwp}
 * @param messageKey a key of {@code i18n/settings.properties}, so every screen shows it in the user's language
 */
public record SettingsViolation(String field, String messageKey) {
}
