package id.arus.catalog.web;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Burst;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanStatus;
import id.arus.catalog.PlanType;
import id.arus.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The JSON shapes of the plans API: speeds in kbit/s, amounts in whole rupiah. */
final class PlanJson {

    private PlanJson() {
    }

    @Schema(name = "Burst", description = "RouterOS burst and guaranteed rate, kbit/s and seconds; each field optional")
    record BurstJson(Long limitAtDownKbps, Long limitAtUpKbps, Long burstDownKbps, Long burstUpKbps,
                     Long thresholdDownKbps, Long thresholdUpKbps, Integer burstTimeSeconds) {

        static BurstJson of(Burst b) {
            return b == null ? null : new BurstJson(b.limitAtDownKbps(), b.limitAtUpKbps(), b.burstDownKbps(), b.burstUpKbps(),
                    b.thresholdDownKbps(), b.thresholdUpKbps(), b.burstTimeSeconds());
        }

        Burst toBurst() {
            return new Burst(limitAtDownKbps, limitAtUpKbps, burstDownKbps, burstUpKbps, thresholdDownKbps, thresholdUpKbps,
                    burstTimeSeconds);
        }
    }

    @Schema(name = "Plan", description = "One version of a plan; rateLimit is what the router's PPP or hotspot profile gets")
    record PlanView(long id, String code, String name, PlanType type, long downloadKbps, long uploadKbps, BurstJson burst,
                    String rateLimit, String profileName, long priceRupiah, boolean taxInclusive, BillingCycle cycle,
                    boolean prepaid, long installationFeeRupiah, PlanStatus status, boolean template, int version,
                    Instant changedAt) {

        static PlanView of(Plan p) {
            return new PlanView(p.id(), p.code(), p.name(), p.type(), p.downloadKbps(), p.uploadKbps(), BurstJson.of(p.burst()),
                    p.rateLimit(), p.profileName(), p.price().rupiah(), p.taxInclusive(), p.cycle(), p.prepaid(),
                    p.installationFee().rupiah(), p.status(), p.template(), p.version(), p.changedAt());
        }
    }

    @Schema(name = "PlanForm", description = "A new plan or the whole of a changed one; code cannot change on update")
    record PlanFormJson(String code, String name, PlanType type, Long downloadKbps, Long uploadKbps, BurstJson burst,
                        Long priceRupiah, Boolean taxInclusive, BillingCycle cycle, Boolean prepaid, Long installationFeeRupiah,
                        Boolean template) {

        /** Missing numbers become 0 and missing money null, so validation names the field instead of a JSON error. */
        PlanForm toForm() {
            return new PlanForm(code, name, type, orZero(downloadKbps), orZero(uploadKbps), burst == null ? null : burst.toBurst(),
                    priceRupiah == null ? null : Money.idr(priceRupiah), Boolean.TRUE.equals(taxInclusive), cycle,
                    Boolean.TRUE.equals(prepaid), installationFeeRupiah == null ? Money.ZERO : Money.idr(installationFeeRupiah),
                    Boolean.TRUE.equals(template));
        }

        private static long orZero(Long value) {
            return value == null ? 0 : value;
        }
    }

    @Schema(name = "PlanClone", description = "Code and name of the plan to create from another")
    record CloneJson(String code, String name) {
    }
}
