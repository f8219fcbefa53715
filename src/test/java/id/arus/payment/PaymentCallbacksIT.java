package id.arus.payment;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Callbacks against the real database, invoices and review process: applied once, duplicates and stale ones
 * change nothing, a wrong amount or an unknown order goes to FINANCE, concurrent duplicates apply once, and a
 * refund after payment marks the payment and raises a task. Checkouts are created at the Tripay simulator.
 */
@ArusIT
class PaymentCallbacksIT {

    @Autowired
    PaymentCallbacks callbacks;
    @Autowired
    Payments payments;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    AuditTrail audit;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A fresh invoice of Rp 111.000 (100.000 + PPN 11%) with a pending Tripay checkout for it. */
    private Checkout checkedOut() {
        Invoice invoice = PaymentFixtures.invoice(invoices, PaymentFixtures.customer(customers, "Bayar", tag), 100_000, tag);
        String channel = payments.channels().get(0).code();
        return payments.checkout(invoice.number(), PaymentMethod.TRIPAY, channel);
    }

    private CallbackOutcome notify(Checkout checkout, GatewayStatus status, String raw, Money amount) {
        return SystemIdentity.call("test-callback", () -> callbacks.accept(new GatewayNotification(PaymentMethod.TRIPAY,
                checkout.orderId(), "T-" + checkout.orderId(), status, raw, amount, checkout.channel(), Instant.now(),
                "{\"merchant_ref\":\"" + checkout.orderId() + "\",\"status\":\"" + raw + "\"}")));
    }

    private List<Task> reviewsOf(String orderId) {
        return PaymentFixtures.reviewTasks(tasks, orderId);
    }

    private int storedCallbacks(String orderId) {
        return jdbc.sql("select count(*) from gateway_callback where order_id = ?").param(orderId).query(Integer.class).single();
    }

    @Test
    void aPaidCallbackAppliesOnceWithAReceiptAndItsDuplicateChangesNothing() {
        Checkout checkout = checkedOut();
        assertThat(checkout.orderId()).isEqualTo(checkout.invoiceNumber() + "-1");
        assertThat(checkout.amount()).isEqualTo(Money.idr(111_000));
        assertThat(payments.checkout(checkout.invoiceNumber(), PaymentMethod.TRIPAY, checkout.channel()).orderId())
                .as("a pending unexpired checkout is reused").isEqualTo(checkout.orderId());

        assertThat(notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount())).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount())).isEqualTo(CallbackOutcome.DUPLICATE);

        signIn("finance-" + tag, "FINANCE");
        assertThat(invoices.get(checkout.invoiceNumber()).status()).isEqualTo(InvoiceStatus.PAID);
        List<Payment> paid = payments.ofInvoice(checkout.invoiceNumber());
        assertThat(paid).singleElement().satisfies(p -> {
            assertThat(p.receiptNumber()).matches("PAY-\\d{4}-\\d{2}-\\d{6}");
            assertThat(p.status()).isEqualTo("APPLIED");
            assertThat(p.externalRef()).isEqualTo(checkout.orderId());
            assertThat(p.amount()).isEqualTo(Money.idr(111_000));
        });
        assertThat(storedCallbacks(checkout.orderId())).isEqualTo(1);
        assertThat(payments.callbacks(0, 50)).anySatisfy(c -> {
            assertThat(c.orderId()).isEqualTo(checkout.orderId());
            assertThat(c.outcome()).isEqualTo("APPLIED");
        });
    }

    @Test
    void aPendingAfterThePaymentIsStaleAndChangesNothing() {
        Checkout checkout = checkedOut();
        assertThat(notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount())).isEqualTo(CallbackOutcome.APPLIED);
        assertThat(notify(checkout, GatewayStatus.PENDING, "UNPAID", checkout.amount())).isEqualTo(CallbackOutcome.STALE);
        assertThat(notify(checkout, GatewayStatus.EXPIRED, "EXPIRED", checkout.amount())).isEqualTo(CallbackOutcome.STALE);

        assertThat(storedCallbacks(checkout.orderId())).as("stale callbacks are kept").isEqualTo(3);
        assertThat(jdbc.sql("select status from payment_checkout where order_id = ?").param(checkout.orderId())
                .query(String.class).single()).isEqualTo("PAID");
        signIn("finance-" + tag, "FINANCE");
        assertThat(payments.ofInvoice(checkout.invoiceNumber())).hasSize(1);
    }

    @Test
    void aWrongAmountIsHeldForFinanceWhoMayApplyItAnyway() {
        Checkout checkout = checkedOut();
        assertThat(notify(checkout, GatewayStatus.PAID, "PAID", Money.idr(100_000))).isEqualTo(CallbackOutcome.AMOUNT_MISMATCH);

        signIn("finance-" + tag, "FINANCE");
        assertThat(invoices.get(checkout.invoiceNumber()).status()).isEqualTo(InvoiceStatus.ISSUED);
        Payment held = payments.ofInvoice(checkout.invoiceNumber()).get(0);
        assertThat(held.status()).isEqualTo("HELD");
        List<Task> review = reviewsOf(checkout.orderId());
        assertThat(review).singleElement().satisfies(t -> assertThat(t.getName()).contains("AMOUNT_MISMATCH"));

        forms.submitTaskForm(review.get(0).getId(), Map.of("decision", "APPLY"));

        Invoice after = invoices.get(checkout.invoiceNumber());
        assertThat(after.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(after.balance()).isEqualTo(Money.idr(11_000));
        assertThat(payments.ofInvoice(checkout.invoiceNumber())).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo("APPLIED"));
        assertThat(reviewsOf(checkout.orderId())).isEmpty();
    }

    @Test
    void anUnknownOrderIsKeptAndRaisedOnce() {
        String orderId = "INV-UNKNOWN-" + tag + "-1";
        GatewayNotification unknown = new GatewayNotification(PaymentMethod.TRIPAY, orderId, "T-x", GatewayStatus.PAID,
                "PAID", Money.idr(50_000), "BRIVA", Instant.now(), "{}");
        assertThat(SystemIdentity.call("test", () -> callbacks.accept(unknown))).isEqualTo(CallbackOutcome.UNKNOWN_ORDER);
        assertThat(SystemIdentity.call("test", () -> callbacks.accept(unknown))).isEqualTo(CallbackOutcome.DUPLICATE);

        assertThat(storedCallbacks(orderId)).isEqualTo(1);
        assertThat(reviewsOf(orderId)).hasSize(1);
    }

    @Test
    void identicalCallbacksArrivingTogetherApplyOnce() throws Exception {
        Checkout checkout = checkedOut();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CallbackOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount());
                }));
            }
            start.countDown();
            List<CallbackOutcome> results = new ArrayList<>();
            for (Future<CallbackOutcome> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce(CallbackOutcome.APPLIED)
                    .filteredOn(o -> o != CallbackOutcome.APPLIED).containsOnly(CallbackOutcome.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
        signIn("finance-" + tag, "FINANCE");
        assertThat(payments.ofInvoice(checkout.invoiceNumber())).hasSize(1);
        assertThat(invoices.get(checkout.invoiceNumber()).paid()).isEqualTo(Money.idr(111_000));
    }

    @Test
    void aRefundAfterThePaymentMarksItAndAsksFinanceWithoutReopeningTheInvoice() {
        Checkout checkout = checkedOut();
        notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount());
        assertThat(notify(checkout, GatewayStatus.REFUNDED, "REFUND", checkout.amount())).isEqualTo(CallbackOutcome.RECORDED);

        signIn("finance-" + tag, "FINANCE");
        assertThat(payments.ofInvoice(checkout.invoiceNumber())).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("REFUNDED");
            assertThat(p.refunded()).isEqualTo(Money.idr(111_000));
        });
        assertThat(invoices.get(checkout.invoiceNumber()).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(reviewsOf(checkout.orderId())).singleElement().satisfies(t -> assertThat(t.getName()).contains("REFUND"));
    }

    @Test
    void refundingOnTheRefundsReviewConfirmsTheGatewaysRefundWithoutRefundingAgain() {
        Checkout checkout = checkedOut();
        notify(checkout, GatewayStatus.PAID, "PAID", checkout.amount());
        notify(checkout, GatewayStatus.REFUNDED, "REFUND", checkout.amount());
        signIn("finance-" + tag, "FINANCE");
        Payment refunded = payments.ofInvoice(checkout.invoiceNumber()).get(0);
        Task review = reviewsOf(checkout.orderId()).get(0);

        forms.submitTaskForm(review.getId(), Map.of("decision", "REFUND", "note", "Refunded at Tripay at the customer's request"));

        assertThat(reviewsOf(checkout.orderId())).as("the review is closed").isEmpty();
        assertThat(jdbc.sql("select decision from payment_review where order_id = ? and kind = 'REFUND'").param(checkout.orderId())
                .query(String.class).single()).isEqualTo("REFUND");
        assertThat(payments.ofInvoice(checkout.invoiceNumber())).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("REFUNDED");
            assertThat(p.refunded()).as("nothing refunded twice").isEqualTo(Money.idr(111_000));
        });
        signIn("admin-" + tag, "ADMIN");
        assertThat(audit.search(new AuditQuery(null, null, null, "payment.refund.confirmed", refunded.receiptNumber()), 0, 10))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("at the customer's request"));
        assertThat(audit.search(new AuditQuery(null, null, null, "payment.refunded", refunded.receiptNumber()), 0, 10)).isEmpty();
    }

    @Test
    void aRejectedCallbackIsAudited() {
        String orderId = "INV-FORGED-" + tag;
        callbacks.rejected(PaymentMethod.TRIPAY, orderId, "127.0.0.1", "signature does not match");

        signIn("admin-" + tag, "ADMIN");
        assertThat(audit.search(new AuditQuery(null, null, null, "payment.callback.rejected", "gateway:TRIPAY"), 0, 50))
                .anySatisfy(e -> assertThat(e.detail()).contains(orderId));
    }
}
