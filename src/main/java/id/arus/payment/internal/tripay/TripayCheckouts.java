package id.arus.payment.internal.tripay;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the Tripay reference of a checkout. Tripay's status API wants its own reference, not Arus's order id,
 * and the payment core stores it in {@code payment_checkout.reference} when the transaction is created.
 */
@Component
class TripayCheckouts {

    private final JdbcClient jdbc;

    TripayCheckouts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> referenceOf(String orderId) {
        return jdbc.sql("select reference from payment_checkout where order_id = :orderId and gateway = 'TRIPAY'")
                .param("orderId", orderId)
                .query(String.class)
                .optional();
    }
}
