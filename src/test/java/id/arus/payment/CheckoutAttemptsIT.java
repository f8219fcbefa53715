package id.arus.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checkout attempts at the Tripay simulator: the attempt's order id is reserved before the gateway is called and
 * its answer stored after, so a refused call, a call still under way and a call whose node died each leave the
 * invoice payable without two transactions under one order id.
 */
@ArusIT
class CheckoutAttemptsIT {

    @Autowired
    Payments payments;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Invoice invoice() {
        return PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Checkout", tag), 100_000, tag);
    }

    private String statusOf(String orderId) {
        return jdbc.sql("select status from payment_checkout where order_id = ?").param(orderId).query(String.class).single();
    }

    /** What a node leaves behind when it reserved an attempt and then waits for (or died during) the gateway call. */
    private void reserved(Invoice invoice, int attempt, Instant until) {
        PaymentFixtures.storeCheckout(jdbc, new Checkout(invoice.number(), PaymentMethod.TRIPAY, invoice.number() + "-" + attempt,
                invoice.total(), "BRIVA", null, GatewayStatus.PENDING, until), null);
    }

    @Test
    void aCallTheGatewayRefusesEndsItsAttemptAndTheNextGetsAFreshOrderId() {
        Invoice invoice = invoice();

        assertThatThrownBy(() -> payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "OVO"))
                .isInstanceOf(InvalidInputException.class); // inactive at Tripay
        Checkout next = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "BRIVA");

        assertThat(statusOf(invoice.number() + "-1")).isEqualTo("FAILED");
        assertThat(next.orderId()).isEqualTo(invoice.number() + "-2");
        assertThat(next.redirectUrl()).isNotBlank();
        assertThat(jdbc.sql("select redirect_url from payment_checkout where order_id = ?").param(next.orderId())
                .query(String.class).single()).isEqualTo(next.redirectUrl());
    }

    @Test
    void whileAnotherRequestWaitsForTheGatewayTheInvoiceIsBusy() {
        Invoice invoice = invoice();
        reserved(invoice, 1, Instant.now().plus(Duration.ofMinutes(2)));

        assertThatThrownBy(() -> payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "BRIVA"))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("invoice", List.of("payment.error.checkout-busy")));
        assertThat(jdbc.sql("select count(*) from payment_checkout where invoice_number = ?").param(invoice.number())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReservationLeftByADeadNodeExpiresAndTheNextAttemptGetsAFreshOrderId() {
        Invoice invoice = invoice();
        reserved(invoice, 1, Instant.now().minusSeconds(1));

        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "BRIVA");

        assertThat(statusOf(invoice.number() + "-1")).isEqualTo("EXPIRED");
        assertThat(checkout.orderId()).isEqualTo(invoice.number() + "-2");
        assertThat(payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "BRIVA").orderId()).as("then reused as before")
                .isEqualTo(checkout.orderId());
    }
}
