package id.arus.payment.internal.tripay;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.customer.CustomerDirectory;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.Checkout;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentFixtures;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.payment.ReconciliationResult;
import id.arus.payment.internal.GatewayClient;
import id.arus.shared.SystemIdentity;
import id.arus.sim.tripay.TripaySimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reconciliation against the Tripay simulator's HTTP API: a payment Tripay has and Arus missed, and a
 * payment Arus applied that Tripay calls expired or refunded, each become one FINANCE task however often the
 * reconciliation runs. The transactions are opened by a client whose callback URL leads nowhere (the lost
 * callbacks), with the checkout stored as Arus stores it.
 */
@ArusIT
class TripayReconciliationIT {

    @Autowired
    Payments payments;
    @Autowired
    PaymentCallbacks callbacks;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    TripaySimulator simulator;
    @Autowired
    TripayCheckouts checkouts;
    @Autowired
    ProducerTemplate routes;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TripayClient clientWithLostCallbacks() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("simulator", Map.of(
                "arus.payment.tripay.base-url", simulator.baseUrl(),
                "arus.payment.tripay.api-key", simulator.apiKey(),
                "arus.payment.tripay.private-key", simulator.privateKey(),
                "arus.payment.tripay.merchant-code", simulator.merchantCode(),
                "arus.payment.tripay.callback-url", PaymentFixtures.nowhere("/webhooks/tripay"))));
        return new TripayClient(routes, environment, new ObjectMapper(), checkouts);
    }

    /** A new customer's invoice, opened at Tripay (BRIVA) as its first attempt and stored as Arus stores it. */
    private Checkout opened(TripayClient client) {
        Invoice invoice = PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Tripay", tag), 100_000, tag);
        String orderId = invoice.number() + "-1";
        GatewayClient.Created created = client.create(new GatewayClient.CheckoutRequest(orderId, invoice.number(),
                invoice.total(), "Invoice " + invoice.number(), "Tripay " + tag, "tripay-" + tag + "@example.id", null, "BRIVA",
                Instant.now().plus(Duration.ofHours(2))));
        Checkout checkout = new Checkout(invoice.number(), PaymentMethod.TRIPAY, orderId, invoice.total(), "BRIVA",
                created.redirectUrl(), GatewayStatus.PENDING, created.expiresAt());
        PaymentFixtures.storeCheckout(jdbc, checkout, created.reference());
        return checkout;
    }

    @Test
    void eachDisagreementWithTripayBecomesOneFinanceTask() throws Exception {
        TripayClient lost = clientWithLostCallbacks();

        // Tripay has the payment, its callback never arrived
        Checkout missed = opened(lost);
        simulator.pay(missed.orderId(), TripaySimulator.Outcome.PAID);

        // Arus applied a PAID callback, but Tripay says the transaction expired
        Checkout expired = opened(lost);
        assertThat(SystemIdentity.call("tripay-callback", () -> callbacks.accept(new GatewayNotification(PaymentMethod.TRIPAY,
                expired.orderId(), simulator.referenceOf(expired.orderId()).orElseThrow(), GatewayStatus.PAID, "PAID",
                expired.amount(), "BRIVA", Instant.now(), "{}")))).isEqualTo(CallbackOutcome.APPLIED);
        simulator.pay(expired.orderId(), TripaySimulator.Outcome.EXPIRED);

        // paid and applied (FINANCE asked Tripay), then refunded by Tripay without word to Arus
        Checkout refunded = opened(lost);
        simulator.pay(refunded.orderId(), TripaySimulator.Outcome.PAID);
        assertThat(payments.checkStatus(refunded.orderId()).status()).isEqualTo(GatewayStatus.PAID);
        simulator.pay(refunded.orderId(), TripaySimulator.Outcome.REFUND);

        signIn("finance-" + tag, "FINANCE");
        ReconciliationResult first = payments.reconcile(1);
        ReconciliationResult second = payments.reconcile(1);

        assertThat(first.differences()).isGreaterThanOrEqualTo(3);
        assertThat(second.differences()).as("the differences remain").isGreaterThanOrEqualTo(3);
        PaymentFixtures.assertReviewedOnce(tasks, missed.orderId(), "GATEWAY_PAID_ARUS_NOT");
        PaymentFixtures.assertReviewedOnce(tasks, expired.orderId(), "ARUS_PAID_GATEWAY_NOT");
        PaymentFixtures.assertReviewedOnce(tasks, refunded.orderId(), "ARUS_PAID_GATEWAY_NOT");
    }
}
