package id.arus.billing.internal;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator's invoice terms from the configuration: PPN rate and DPP option, days to pay, how to pay,
 * and the public address the pay link points to.
 */
@Component
class InvoiceSettings {

    private final TaxPolicy taxPolicy;
    private final int dueDays;
    private final String paymentInstructions;
    private final String publicUrl;

    InvoiceSettings(@Value("${arus.billing.tax.rate:11}") BigDecimal taxRate,
                    @Value("${arus.billing.tax.dpp-other-value:false}") boolean dppOtherValue,
                    @Value("${arus.billing.due-days:10}") int dueDays,
                    @Value("${arus.billing.payment-instructions:}") String paymentInstructions,
                    @Value("${arus.public-url:http://localhost:8080}") String publicUrl) {
        if (taxRate.signum() < 0 || dueDays < 0) {
            throw new IllegalArgumentException("arus.billing.tax.rate and arus.billing.due-days must not be negative");
        }
        this.taxPolicy = new TaxPolicy(taxRate.setScale(2), dppOtherValue);
        this.dueDays = dueDays;
        this.paymentInstructions = paymentInstructions;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    TaxPolicy taxPolicy() {
        return taxPolicy;
    }

    int dueDays() {
        return dueDays;
    }

    String paymentInstructions() {
        return paymentInstructions;
    }

    /** Where a customer pays this invoice online (the portal's pay page). */
    String payLink(String invoiceNumber) {
        return publicUrl + "/portal/bayar/" + invoiceNumber;
    }
}
