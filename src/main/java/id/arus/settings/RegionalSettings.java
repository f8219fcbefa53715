package id.arus.settings;

import java.time.ZoneId;

/**
 * @param language {@code id} or {@code en}
 * @param currency {@code IDR}: shown on the settings screen, not yet changeable
 */
public record RegionalSettings(ZoneId zone, String language, String currency) {

    public static final RegionalSettings DEFAULTS = new RegionalSettings(OperatorZone.DEFAULT, "id", "IDR");
}
