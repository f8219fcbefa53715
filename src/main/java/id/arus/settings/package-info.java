/**
 * Typed, validated and audited settings of the operator: the company profile (name, address, NPWP, logo),
 * regional defaults (time zone, language, currency) and the SMTP server. Other modules read them through
 * {@link id.arus.settings.OperatorZone}, {@link id.arus.settings.Localization} and
 * {@link id.arus.settings.SettingsManagement}; only ADMIN changes them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settings")
package id.arus.settings;
