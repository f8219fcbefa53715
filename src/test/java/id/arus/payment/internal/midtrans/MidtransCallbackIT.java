package id.arus.payment.internal.midtrans;

import static id.arus.network.NetworkTestSupport.await;
import static id.arus.network.NetworkTestSupport.signIn;
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
import id.arus.payment.Checkout;
import id.arus.payment.GatewayStatus;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.shared.Money;
import id.arus.sim.midtrans.MidtransSimulator;
import id.arus.sim.midtrans.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole way of a Midtrans payment in the running application: an invoice is checked out at the simulator
 * (through the real route and settings), paid there, and the simulator's signed notifications reach
 * {@code /webhooks/midtrans} over HTTP without a login, with a duplicate and a stale pending after the
 * settlement; the invoice ends paid once.
 */
@ArusIT
class MidtransCallbackIT {

    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    MidtransSimulator simulator;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void cleanUp() {
        simulator.options().duplicateNotifications = false;
        simulator.options().stalePendingAfterFinal = false;
        SecurityContextHolder.clearContext();
    }

    private Invoice invoice(long planFee) {
        signIn("cs-" + tag, "CS");
        Customer customer = customers.create(TestCustomers.form("Midtrans " + tag));
        signIn("finance-" + tag, "FINANCE");
        return invoices.issue(new InvoiceDraft(customer.code(), null, InvoicePurpose.MANUAL, null, null, null, false,
                null, null, List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket Rumah 20 Mbps", Money.idr(planFee)))));
    }

    private List<MidtransSimulator.Delivery> answered(String orderId) {
        return simulator.deliveries(orderId).stream().filter(d -> d.responseCode() == 200).toList();
    }

    @Test
    void settlementWithDuplicateAndStalePendingPaysTheInvoiceOnce() throws Exception {
        Invoice invoice = invoice(150_000);
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.MIDTRANS, null);
        assertThat(checkout.orderId()).startsWith(invoice.number() + "-");
        assertThat(checkout.amount()).isEqualTo(invoice.total());
        assertThat(checkout.redirectUrl()).startsWith(simulator.url() + "/snap/v2/vtweb/");

        simulator.options().duplicateNotifications = true;
        simulator.options().stalePendingAfterFinal = true;
        simulator.pay(checkout.orderId(), Outcome.PAID, "bca_va");

        // settlement, the same settlement again, then the pending that Midtrans sent late: all acknowledged
        await("three notifications answered 200", Duration.ofSeconds(20), () -> answered(checkout.orderId()).size() == 3);
        assertThat(answered(checkout.orderId())).extracting(MidtransSimulator.Delivery::transactionStatus)
                .containsExactly("settlement", "settlement", "pending");
        Invoice paid = invoices.get(invoice.number());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paid()).isEqualTo(invoice.total());
        assertThat(payments.ofInvoice(invoice.number())).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(invoice.total());
            assertThat(p.method()).isEqualTo(PaymentMethod.MIDTRANS);
            assertThat(p.channel()).isEqualTo("bca_va");
            assertThat(p.externalRef()).isEqualTo(checkout.orderId());
        });
        assertThat(jdbc.queryForList("select status from gateway_callback where gateway = 'MIDTRANS' and order_id = ? order by id",
                String.class, checkout.orderId())).as("kept under Arus's status, so settlement and capture+accept are one key")
                .containsExactly("PAID", "PENDING");
    }

    @Test
    void expiredCheckoutLeavesTheInvoiceOpen() throws Exception {
        Invoice invoice = invoice(99_000);
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.MIDTRANS, null);

        simulator.pay(checkout.orderId(), Outcome.EXPIRED, "gopay");

        await("pending and expire answered", Duration.ofSeconds(20), () -> answered(checkout.orderId()).size() == 2);
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(payments.ofInvoice(invoice.number())).isEmpty();
        assertThat(jdbc.queryForObject("select status from payment_checkout where order_id = ?", String.class,
                checkout.orderId())).isEqualTo(GatewayStatus.EXPIRED.name());
    }

    @Test
    void forgedNotificationIsRefusedWith401WithoutALogin() throws Exception {
        Invoice invoice = invoice(120_000);
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.MIDTRANS, null);
        String grossAmount = checkout.amount().rupiah() + ".00";
        String forged = MidtransSignature.of(checkout.orderId(), "200", grossAmount, "SB-Mid-server-guessed");
        String body = """
                {"transaction_status":"settlement","status_code":"200","order_id":"%s","gross_amount":"%s",
                 "signature_key":"%s","payment_type":"bank_transfer","transaction_id":"forged-1"}
                """.formatted(checkout.orderId(), grossAmount, forged);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/webhooks/midtrans"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(invoices.get(invoice.number()).status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(jdbc.queryForObject("select count(*) from gateway_callback where order_id = ?", Integer.class,
                checkout.orderId())).isZero();
    }

    @Test
    void statusCheckBeforeAMethodIsPickedKeepsTheCheckoutPending() {
        Invoice invoice = invoice(80_000);
        Checkout checkout = payments.checkout(invoice.number(), PaymentMethod.MIDTRANS, null);

        var status = payments.checkStatus(checkout.orderId());

        assertThat(status.status()).isEqualTo(GatewayStatus.PENDING);
        assertThat(jdbc.queryForObject("select status from payment_checkout where order_id = ?", String.class,
                checkout.orderId())).isEqualTo("PENDING");
    }
}
