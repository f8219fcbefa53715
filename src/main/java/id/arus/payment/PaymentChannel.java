package id.arus.payment;

import id.arus.shared.Money;
import java.math.BigDecimal;

/** A Tripay payment channel with the fee the customer pays on top, as Tripay lists it. */
public record PaymentChannel(String code, String name, String group, Money customerFlatFee, BigDecimal customerPercentFee,
                             Money minimumAmount, Money maximumAmount, boolean active) {
}
