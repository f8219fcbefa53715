package id.arus.catalog.internal;

import id.arus.catalog.Burst;
import id.arus.catalog.PlanForm;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a plan must satisfy before it is stored. Every broken rule is collected, so a form shows all its
 * problems at once; each is a message key of the {@code catalog} bundle under the field it belongs to
 * (burst fields as {@code burst.<component>}).
 */
final class PlanRules {

    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    static final int MAX_NAME = 100;
    static final int MAX_BURST_SECONDS = 3600;

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private PlanRules() {
    }

    /**
     * The form as it will be stored (code upper-cased, name trimmed, an all-empty burst as none), or an
     * {@link InvalidInputException} naming every problem.
     */
    static PlanForm validate(PlanForm form) {
        PlanRules rules = new PlanRules();
        PlanForm normalised = normalise(form);
        rules.check(normalised);
        if (!rules.errors.isEmpty()) {
            throw new InvalidInputException(rules.errors);
        }
        return normalised;
    }

    static String normaliseCode(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static PlanForm normalise(PlanForm form) {
        Burst burst = form.burst();
        if (burst != null && burst.limitAtDownKbps() == null && burst.limitAtUpKbps() == null && burst.burstDownKbps() == null
                && burst.burstUpKbps() == null && burst.thresholdDownKbps() == null && burst.thresholdUpKbps() == null
                && burst.burstTimeSeconds() == null) {
            burst = null;
        }
        return new PlanForm(normaliseCode(form.code()), form.name() == null ? null : form.name().strip(), form.type(),
                form.downloadKbps(), form.uploadKbps(), burst, form.price(), form.taxInclusive(), form.cycle(), form.prepaid(),
                form.installationFee(), form.template());
    }

    private void check(PlanForm form) {
        if (form.code() == null || form.code().isEmpty()) {
            error("code", "catalog.error.code.required");
        } else if (!CODE.matcher(form.code()).matches()) {
            error("code", "catalog.error.code.pattern");
        }
        if (form.name() == null || form.name().isEmpty()) {
            error("name", "catalog.error.name.required");
        } else if (form.name().length() > MAX_NAME || form.name().chars().anyMatch(Character::isISOControl)) {
            error("name", "catalog.error.name.invalid");
        }
        if (form.type() == null) {
            error("type", "catalog.error.type.required");
        }
        if (form.cycle() == null) {
            error("cycle", "catalog.error.cycle.required");
        }
        if (form.downloadKbps() <= 0) {
            error("downloadKbps", "catalog.error.speed.positive");
        }
        if (form.uploadKbps() <= 0) {
            error("uploadKbps", "catalog.error.speed.positive");
        }
        if (form.price() == null) {
            error("price", "catalog.error.price.required");
        } else if (form.price().isNegative()) {
            error("price", "catalog.error.price.negative");
        }
        if (form.installationFee() != null && form.installationFee().isNegative()) {
            error("installationFee", "catalog.error.price.negative");
        }
        if (form.burst() != null) {
            checkBurst(form.burst(), form.downloadKbps(), form.uploadKbps());
        }
    }

    private void checkBurst(Burst burst, long downKbps, long upKbps) {
        Long limitAtDown = burst.limitAtDownKbps();
        Long limitAtUp = burst.limitAtUpKbps();
        checkLimitAt("burst.limitAtDownKbps", limitAtDown, limitAtUp, downKbps);
        checkLimitAt("burst.limitAtUpKbps", limitAtUp, limitAtDown, upKbps);

        boolean anyBurst = burst.burstDownKbps() != null || burst.burstUpKbps() != null || burst.thresholdDownKbps() != null
                || burst.thresholdUpKbps() != null || burst.burstTimeSeconds() != null;
        if (!anyBurst) {
            return;
        }
        checkBurstDirection("burst.burstDownKbps", "burst.thresholdDownKbps", burst.burstDownKbps(), burst.thresholdDownKbps(),
                limitAtDown, downKbps);
        checkBurstDirection("burst.burstUpKbps", "burst.thresholdUpKbps", burst.burstUpKbps(), burst.thresholdUpKbps(),
                limitAtUp, upKbps);
        Integer seconds = burst.burstTimeSeconds();
        if (seconds == null) {
            error("burst.burstTimeSeconds", "catalog.error.burst.required");
        } else if (seconds < 1 || seconds > MAX_BURST_SECONDS) {
            error("burst.burstTimeSeconds", "catalog.error.burst.time");
        }
    }

    /** Limit-at comes in pairs (RouterOS has one min-rx/min-tx pair) and may not exceed the rate. */
    private void checkLimitAt(String field, Long limitAt, Long otherDirection, long rateKbps) {
        if (limitAt == null) {
            if (otherDirection != null) {
                error(field, "catalog.error.limitAt.pair");
            }
            return;
        }
        if (limitAt <= 0) {
            error(field, "catalog.error.speed.positive");
        } else if (limitAt > rateKbps) {
            error(field, "catalog.error.limitAt.aboveRate");
        }
    }

    /**
     * Burst makes sense only above the rate, and the threshold (the average below which bursting is allowed)
     * must lie between the guaranteed rate and the rate, or the burst would never start or never stop.
     */
    private void checkBurstDirection(String burstField, String thresholdField, Long burstKbps, Long thresholdKbps,
                                     Long limitAtKbps, long rateKbps) {
        if (burstKbps == null) {
            error(burstField, "catalog.error.burst.required");
        } else if (burstKbps <= rateKbps) {
            error(burstField, "catalog.error.burst.notAboveRate");
        }
        if (thresholdKbps == null) {
            error(thresholdField, "catalog.error.burst.required");
        } else if (thresholdKbps <= 0 || thresholdKbps >= rateKbps || (limitAtKbps != null && thresholdKbps < limitAtKbps)) {
            error(thresholdField, "catalog.error.burst.threshold");
        }
    }

    private void error(String field, String key) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
