package id.arus.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TaxPolicyTest {

    private static TaxPolicy.Totals totals(String rate, boolean dpp, long lines, boolean inclusive) {
        return new TaxPolicy(new BigDecimal(rate), dpp).totals(Money.idr(lines), inclusive);
    }

    @Test
    void elevenPercentOnTheSubtotal() {
        assertThat(totals("11", false, 150_000, false)).isEqualTo(new TaxPolicy.Totals(
                Money.idr(150_000), Money.idr(150_000), Money.idr(16_500), Money.idr(166_500)));
    }

    @Test
    void dppOtherValueTakesElevenTwelfthsSoTwelvePercentIsElevenInEffect() {
        TaxPolicy.Totals t = totals("12", true, 150_000, false);
        assertThat(t.subtotal()).isEqualTo(Money.idr(150_000));
        assertThat(t.taxBase()).isEqualTo(Money.idr(137_500));
        assertThat(t.tax()).isEqualTo(Money.idr(16_500));
        assertThat(t.total()).isEqualTo(Money.idr(166_500));
    }

    @Test
    void taxInclusivePricesAreWorkedBackAndTheTotalIsThePrice() {
        TaxPolicy.Totals t = totals("11", false, 111_000, true);
        assertThat(t.subtotal()).isEqualTo(Money.idr(100_000));
        assertThat(t.tax()).isEqualTo(Money.idr(11_000));
        assertThat(t.total()).isEqualTo(Money.idr(111_000));
    }

    @Test
    void taxInclusiveWithDppKeepsThePriceAsTheTotal() {
        TaxPolicy.Totals t = totals("12", true, 199_999, true);
        assertThat(t.total()).isEqualTo(Money.idr(199_999));
        assertThat(t.subtotal().plus(t.tax())).isEqualTo(t.total());
        // 12% of 11/12 is 11% in effect: 199.999 / 1.11 = 180.179.28 → 180.179
        assertThat(t.subtotal()).isEqualTo(Money.idr(180_179));
        assertThat(t.taxBase()).isEqualTo(Money.idr(165_164));
    }

    @Test
    void roundsHalfUpToWholeRupiah() {
        // 11% of 4.950 = 544.5 → 545
        assertThat(totals("11", false, 4_950, false).tax()).isEqualTo(Money.idr(545));
        assertThat(totals("0", false, 4_950, false).total()).isEqualTo(Money.idr(4_950));
    }

    @Test
    void aZeroInvoiceHasNoTax() {
        assertThat(totals("11", true, 0, false).total()).isEqualTo(Money.ZERO);
    }
}
