package id.arus.payment.internal.midtrans;

import static id.arus.network.NetworkTestSupport.await;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.customer.CustomerDirectory;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.Checkout;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.Payment;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentFixtures;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.payment.internal.GatewayClient;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import id.arus.sim.midtrans.MidtransSimulator;
import id.arus.sim.midtrans.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Refunds and the reconciliation in the running application against the Midtrans simulator over HTTP: a card,
 * e-wallet or QRIS payment is refunded through the Core API once, a virtual-account payment is refused, and
 * each disagreement between Midtrans and Arus becomes one FINANCE task however often the reconciliation runs.
 * Disagreements need notifications that never reached Arus: those transactions are opened by a client whose
 * notification URL leads nowhere, with the checkout stored as Arus stores it.
 */
@ArusIT
class MidtransRefundAndReconciliationIT {

    @Autowired
    Payments payments;
    @Autowired
    PaymentCallbacks callbacks;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    MidtransSimulator simulator;
    @Autowired
    ProducerTemplate routes;
    @Autowired
    AuditTrail audit;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new customer's invoice of Rp 111.000; FINANCE is signed in. */
    private Invoice invoice() {
        return PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Midtrans", tag), 100_000, tag);
    }

    /** A Midtrans payment through Arus's own checkout, paid at the simulator and applied by its notification. */
    private Payment paidThroughArus(String channel) throws InterruptedException {
        Invoice invoice = invoice();
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.MIDTRANS, null);
        simulator.pay(checkout.orderId(), Outcome.PAID, channel);
        await("the settlement applied", Duration.ofSeconds(20),
                () -> invoices.get(invoice.number()).status() == InvoiceStatus.PAID);
        return payments.ofInvoice(invoice.number()).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"credit_card", "gopay", "other_qris"})
    void aCardEWalletOrQrisPaymentIsRefundedThroughTheCoreApiOnce(String channel) throws InterruptedException {
        Payment paid = paidThroughArus(channel);

        Payment refunded = payments.refund(paid.receiptNumber(), paid.amount(), "Pelanggan pindah kota");

        assertThat(refunded.status()).isEqualTo("REFUNDED");
        assertThat(refunded.refunded()).isEqualTo(paid.amount());
        assertThat(simulator.status(paid.externalRef())).contains("refund");
        assertThatThrownBy(() -> payments.refund(paid.receiptNumber(), Money.idr(1), "lagi"))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("amount", List.of("payment.error.refund-amount")));
        // Midtrans tells Arus about the refund too: FINANCE decides once what becomes of the invoice
        await("the refund notification's task", Duration.ofSeconds(20),
                () -> PaymentFixtures.reviewTasks(tasks, paid.externalRef()).size() == 1);
        assertThat(payments.ofInvoice(paid.invoiceNumber())).singleElement()
                .satisfies(p -> assertThat(p.refunded()).isEqualTo(paid.amount()));
        signIn("admin-" + tag, "ADMIN");
        assertThat(audit.search(new AuditQuery(null, null, "finance-" + tag, "payment.refunded", paid.receiptNumber()), 0, 10))
                .hasSize(1);
    }

    @Test
    void aVirtualAccountPaymentIsNotRefundedByApi() throws InterruptedException {
        Payment paid = paidThroughArus("bca_va");

        assertThatThrownBy(() -> payments.refund(paid.receiptNumber(), paid.amount(), "Salah transfer"))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("method", List.of("payment.error.refund-unsupported")));

        assertThat(simulator.status(paid.externalRef())).contains("settlement");
        assertThat(payments.ofInvoice(paid.invoiceNumber())).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("APPLIED");
            assertThat(p.refunded()).isEqualTo(Money.ZERO);
        });
    }

    /** A client like Arus's whose transactions send their notifications nowhere. */
    private MidtransClient clientWithLostNotifications() throws Exception {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("arus.payment.midtrans.server-key", simulator.serverKey())
                .withProperty("arus.payment.midtrans.snap-url", simulator.url())
                .withProperty("arus.payment.midtrans.api-url", simulator.url())
                .withProperty("arus.payment.midtrans.enabled-payments", "bca_va,gopay")
                .withProperty("arus.payment.midtrans.notification-url", PaymentFixtures.nowhere("/webhooks/midtrans"));
        return new MidtransClient(routes, new MidtransSettings(settings), new ObjectMapper());
    }

    /** Opens the invoice's first attempt at Midtrans and stores the checkout as Arus does. */
    private Checkout opened(MidtransClient client, Invoice invoice) {
        String orderId = invoice.number() + "-1";
        GatewayClient.Created created = client.create(new GatewayClient.CheckoutRequest(orderId, invoice.number(),
                invoice.total(), "Invoice " + invoice.number(), "Midtrans " + tag, null, null, null, null));
        Checkout checkout = new Checkout(invoice.number(), PaymentMethod.MIDTRANS, orderId, invoice.total(), null,
                created.redirectUrl(), GatewayStatus.PENDING, created.expiresAt());
        PaymentFixtures.storeCheckout(jdbc, checkout, created.reference());
        return checkout;
    }

    @Test
    void eachDisagreementWithMidtransBecomesOneFinanceTask() throws Exception {
        MidtransClient lost = clientWithLostNotifications();

        // Midtrans settled, its notification never arrived: Arus has no payment
        Checkout missed = opened(lost, invoice());
        simulator.pay(missed.orderId(), Outcome.PAID, "bca_va");

        // Arus applied a settlement, but Midtrans now says the transaction expired
        Checkout expired = opened(lost, invoice());
        assertThat(SystemIdentity.call("midtrans-notification", () -> callbacks.accept(new GatewayNotification(
                PaymentMethod.MIDTRANS, expired.orderId(), "tx-" + tag, GatewayStatus.PAID, "settlement", expired.amount(),
                "gopay", Instant.now(), "{}")))).isEqualTo(CallbackOutcome.APPLIED);
        simulator.pay(expired.orderId(), Outcome.EXPIRED, "gopay");

        // paid and applied (FINANCE asked Midtrans), then refunded in Midtrans's dashboard without word to Arus
        Checkout refunded = opened(lost, invoice());
        simulator.pay(refunded.orderId(), Outcome.PAID, "gopay");
        assertThat(payments.checkStatus(refunded.orderId()).status()).isEqualTo(GatewayStatus.PAID);
        lost.refund(refunded.orderId(), refunded.amount(), "dashboard", "RF-" + refunded.orderId());

        signIn("finance-" + tag, "FINANCE");
        payments.reconcile(1);
        payments.reconcile(1);

        PaymentFixtures.assertReviewedOnce(tasks, missed.orderId(), "GATEWAY_PAID_ARUS_NOT");
        PaymentFixtures.assertReviewedOnce(tasks, expired.orderId(), "ARUS_PAID_GATEWAY_NOT");
        PaymentFixtures.assertReviewedOnce(tasks, refunded.orderId(), "ARUS_PAID_GATEWAY_NOT");
    }
}
