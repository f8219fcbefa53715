package id.arus.billing.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LevyTest {

    @Test
    void aLevyIsItsPercentageOfGrossRevenueRoundedHalfUpToWholeRupiah() {
        assertThat(BillingReportService.levy(333_333, new BigDecimal("0.5"))).isEqualTo(Money.idr(1_667)); // 1.666,665
        assertThat(BillingReportService.levy(333_333, new BigDecimal("1.25"))).isEqualTo(Money.idr(4_167)); // 4.166,66
        assertThat(BillingReportService.levy(100, new BigDecimal("0.5"))).isEqualTo(Money.idr(1)); // 0,5
        assertThat(BillingReportService.levy(99, new BigDecimal("0.5"))).isEqualTo(Money.idr(0)); // 0,495
        assertThat(BillingReportService.levy(0, new BigDecimal("1.25"))).isEqualTo(Money.ZERO);
    }
}
