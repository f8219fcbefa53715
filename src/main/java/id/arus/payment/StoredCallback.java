package id.arus.payment;

import java.time.Instant;

/** A gateway callback as Arus stored it, with what was done with it ({@link CallbackOutcome} name). */
public record StoredCallback(long id, PaymentMethod gateway, String orderId, String status, Instant receivedAt,
                             String outcome) {
}
