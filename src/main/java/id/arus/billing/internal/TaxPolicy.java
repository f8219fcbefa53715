package id.arus.billing.internal;

import id.arus.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PPN on an invoice. The rate is {@code arus.billing.tax.rate} (default 11%). With {@code dpp-other-value}
 * the tax base (DPP) is 11/12 of the subtotal, as PMK 131/2024 has it for most deliveries since 2025, so a
 * 12% rate yields 11% in effect. Tax is rounded half up to whole rupiah.
 *
 * @param taxInclusive whether the prices on the lines already contain PPN (the plan's setting); the
 *                     subtotal is then worked back from them
 */
record TaxPolicy(BigDecimal ratePercent, boolean dppOtherValue) {

    static final TaxPolicy DEFAULT = new TaxPolicy(new BigDecimal("11.00"), false);

    /** Subtotal, DPP, tax and total of lines summing to {@code lines}. */
    record Totals(Money subtotal, Money taxBase, Money tax, Money total) {
    }

    Totals totals(Money lines, boolean taxInclusive) {
        BigDecimal rate = ratePercent.movePointLeft(2);
        BigDecimal baseShare = dppOtherValue ? new BigDecimal(11).divide(new BigDecimal(12), 10, RoundingMode.HALF_UP) : BigDecimal.ONE;
        BigDecimal effective = rate.multiply(baseShare);
        long subtotal = taxInclusive
                ? new BigDecimal(lines.rupiah()).divide(BigDecimal.ONE.add(effective), 0, RoundingMode.HALF_UP).longValueExact()
                : lines.rupiah();
        long base = new BigDecimal(subtotal).multiply(baseShare).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long tax = taxInclusive ? lines.rupiah() - subtotal
                : new BigDecimal(base).multiply(rate).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Totals(Money.idr(subtotal), Money.idr(base), Money.idr(tax), Money.idr(subtotal + tax));
    }
}
