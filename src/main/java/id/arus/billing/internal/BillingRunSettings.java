package id.arus.billing.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of recurring billing ({@code arus.billing.run-*}); the invoice terms (tax, days to pay) are the
 * same {@link InvoiceSettings} every invoice uses. The bean is named {@code billingRunSettings}
 * because {@code processes/billing/billing-run.bpmn} reads its retry cycle from it, so operators change it
 * without editing the process.
 */
@Component("billingRunSettings")
public class BillingRunSettings {

    private final String retryCycle;
    private final int chunkSize;
    private final int catchUpLimit;

    BillingRunSettings(@Value("${arus.billing.run-retry-cycle:R3/PT10M}") String retryCycle,
                       @Value("${arus.billing.run-chunk-size:2000}") int chunkSize,
                       @Value("${arus.billing.run-catch-up-limit:12}") int catchUpLimit) {
        this.retryCycle = retryCycle;
        this.chunkSize = Math.max(1, Math.min(chunkSize, 20_000));
        this.catchUpLimit = Math.max(1, catchUpLimit);
    }

    /** ISO 8601 repeat cycle of a failing run step, e.g. {@code R3/PT10M}, then an incident. */
    public String getRetryCycle() {
        return retryCycle;
    }

    /** Subscriptions invoiced per transaction. */
    int chunkSize() {
        return chunkSize;
    }

    /** How many missed period starts the daily timer catches up on at most. */
    int catchUpLimit() {
        return catchUpLimit;
    }
}
