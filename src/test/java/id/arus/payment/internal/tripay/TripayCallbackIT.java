package id.arus.payment.internal.tripay;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.network.NetworkTestSupport;
import id.arus.payment.Checkout;
import id.arus.payment.GatewayStatus;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.shared.Money;
import id.arus.sim.tripay.TripaySimulator;
import id.arus.sim.tripay.TripaySimulator.Delivery;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * End to end: a Tripay checkout for an invoice, the customer's choice on the simulator, the simulator's signed
 * callback to {@code /webhooks/tripay}, and the invoice paid exactly once whatever else Tripay sends.
 */
@ArusIT
class TripayCallbackIT {

    @Autowired
    Payments payments;
    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    TripaySimulator simulator;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        NetworkTestSupport.signIn("tripay-it", "ADMIN", "FINANCE");
    }

    @AfterEach
    void reset() {
        simulator.duplicateCallbacks(false);
        simulator.lateExpiryAfterPayment(false);
        SecurityContextHolder.clearContext();
    }

    private Invoice issueInvoice(long price) {
        Customer customer = customers.create(TestCustomers.form("Pelanggan Tripay"));
        LocalDate today = LocalDate.now();
        return invoices.issue(new InvoiceDraft(customer.code(), null, InvoicePurpose.MANUAL, today, today.plusMonths(1).minusDays(1),
                null, true, null, null, List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Internet 20 Mbps", Money.idr(price)))));
    }

    private List<Delivery> deliveriesOf(String orderId) {
        return simulator.deliveries().stream().filter(d -> d.merchantRef().equals(orderId)).toList();
    }

    private List<Map<String, Object>> storedCallbacks(String orderId) {
        return jdbc.sql("select status, outcome from gateway_callback where gateway = 'TRIPAY' and order_id = :o order by id")
                .param("o", orderId).query().listOfRows();
    }

    private String checkoutStatus(String orderId) {
        return jdbc.sql("select status from payment_checkout where order_id = :o").param("o", orderId).query(String.class).single();
    }

    @Test
    void aPaidCallbackPaysTheInvoiceOnceAndADuplicateAndALateExpiryChangeNothing() throws Exception {
        simulator.duplicateCallbacks(true);
        simulator.lateExpiryAfterPayment(true);
        Invoice invoice = issueInvoice(166_500);

        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "BRIVA");
        assertThat(checkout.redirectUrl()).startsWith(simulator.baseUrl().replace("/api-sandbox/", "/checkout/"));
        assertThat(checkout.amount()).isEqualTo(invoice.balance());

        simulator.pay(checkout.orderId(), TripaySimulator.Outcome.PAID);

        // PAID, the same PAID again, then a late EXPIRED: each acknowledged with {"success": true}
        NetworkTestSupport.await("three acknowledged callbacks", Duration.ofSeconds(20),
                () -> deliveriesOf(checkout.orderId()).stream().filter(Delivery::acknowledged).count() == 3);
        assertThat(deliveriesOf(checkout.orderId())).extracting(Delivery::httpStatus).containsOnly(200);

        Invoice paid = invoices.get(invoice.number());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.balance()).isEqualTo(Money.ZERO);
        List<Payment> received = payments.ofInvoice(invoice.number());
        assertThat(received).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.TRIPAY);
            assertThat(p.amount()).isEqualTo(invoice.balance()); // not the customer's total with BRIVA's fee
            assertThat(p.externalRef()).isEqualTo(checkout.orderId());
            assertThat(p.channel()).isEqualTo("BRIVA");
        });
        assertThat(storedCallbacks(checkout.orderId())).extracting(r -> r.get("status") + " " + r.get("outcome"))
                .containsExactly("PAID APPLIED", "EXPIRED STALE");
        assertThat(checkoutStatus(checkout.orderId())).isEqualTo(GatewayStatus.PAID.name());
    }

    @Test
    void anExpiredTransactionLeavesTheInvoiceOpenAndANewCheckoutIsANewOrder() throws Exception {
        Invoice invoice = issueInvoice(110_000);
        Checkout first = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "QRIS");

        simulator.pay(first.orderId(), TripaySimulator.Outcome.EXPIRED);

        NetworkTestSupport.await("the EXPIRED callback acknowledged", Duration.ofSeconds(20),
                () -> deliveriesOf(first.orderId()).stream().anyMatch(Delivery::acknowledged));
        assertThat(invoices.get(invoice.number()).status().open()).isTrue();
        assertThat(payments.ofInvoice(invoice.number())).isEmpty();
        assertThat(checkoutStatus(first.orderId())).isEqualTo(GatewayStatus.EXPIRED.name());

        Checkout second = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "QRIS");
        assertThat(second.orderId()).isNotEqualTo(first.orderId());
    }

    @Test
    void aStatusCheckAsksTripayByTheStoredReference() {
        Invoice invoice = issueInvoice(120_000);
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.TRIPAY, "ALFAMART");

        assertThat(payments.checkStatus(checkout.orderId()).status()).isEqualTo(GatewayStatus.PENDING);
    }
}
