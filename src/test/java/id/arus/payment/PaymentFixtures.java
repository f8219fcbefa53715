package id.arus.payment;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.shared.Money;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What payment tests start from: payments written straight into the payment table (so report tests know every
 * figure), customers with invoices issued by hand, checkouts Arus stored for a gateway transaction, and the
 * FINANCE review tasks raised for an order.
 */
public final class PaymentFixtures {

    private PaymentFixtures() {
    }

    /**
     * Payments of 2012 (Asia/Jakarta): QRIS and BRIVA at Tripay, Snap at Midtrans, cash and a bank transfer, one
     * refunded in part, one held for a wrong amount (counted nowhere), one at 00:15 on 1 April (still March in UTC).
     */
    public static void seedLedger2012(JdbcClient jdbc) {
        jdbc.sql("delete from payment where receipt_number like 'PAY-2012-%'").update();
        pay(jdbc, "PAY-2012-01-000001", "TRIPAY", "QRIS", 111_000, "2012-01-05T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000002", "TRIPAY", "QRIS", 222_000, "2012-01-20T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000003", "TRIPAY", "BRIVA", 333_000, "2012-01-21T10:00:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-01-000004", "CASH", null, 50_000, "2012-01-31T23:59:00+07:00", "APPLIED", 0);
        pay(jdbc, "PAY-2012-02-000005", "MIDTRANS", "gopay", 444_000, "2012-02-10T10:00:00+07:00", "REFUNDED", 144_000);
        pay(jdbc, "PAY-2012-02-000006", "MIDTRANS", "gopay", 99_999, "2012-02-11T10:00:00+07:00", "HELD", 0);
        pay(jdbc, "PAY-2012-04-000007", "BANK_TRANSFER", null, 1_000_000, "2012-04-01T00:15:00+07:00", "APPLIED", 0);
    }

    private static void pay(JdbcClient jdbc, String receipt, String method, String channel, long amount, String paidAt,
                            String status, long refunded) {
        jdbc.sql("""
                        insert into payment (receipt_number, invoice_number, customer_code, amount, method, channel, external_ref,
                                             paid_at, recorded_by, status, refunded)
                        values (:receipt, 'INV-2012-01-000001', 'RPT-PAYER', :amount, :method, :channel, :receipt, :paidAt,
                                'test', :status, :refunded)""")
                .param("receipt", receipt).param("amount", amount).param("method", method).param("channel", channel)
                .param("paidAt", OffsetDateTime.parse(paidAt)).param("status", status).param("refunded", refunded).update();
    }

    /** A new customer (created by CS) named after {@code name}; FINANCE is signed in afterwards. */
    public static Customer customer(CustomerDirectory customers, String name, String tag) {
        signIn("cs-" + tag, "CS");
        Customer customer = customers.create(TestCustomers.form(name + " " + tag));
        signIn("finance-" + tag, "FINANCE");
        return customer;
    }

    /**
     * An invoice issued by hand to {@code customer} for one plan-fee line; with PPN 11% a fee of 100.000 makes
     * a total of 111.000. FINANCE is signed in afterwards.
     */
    public static Invoice invoice(Invoices invoices, Customer customer, long planFee, String tag) {
        signIn("finance-" + tag, "FINANCE");
        return invoices.issue(new InvoiceDraft(customer.code(), null, InvoicePurpose.MANUAL, null, null, null, false,
                "HOME-20", "Sleman", List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket Rumah 20 Mbps", Money.idr(planFee)))));
    }

    /** Stores a checkout as the payment core does when it opens a transaction at the gateway. */
    public static void storeCheckout(JdbcClient jdbc, Checkout checkout, String reference) {
        jdbc.sql("""
                        insert into payment_checkout (invoice_number, gateway, order_id, reference, amount, channel, redirect_url,
                                                      status, expires_at)
                        values (:invoice, :gateway, :orderId, :reference, :amount, :channel, :url, :status, :expires)""")
                .param("invoice", checkout.invoiceNumber()).param("gateway", checkout.gateway().name())
                .param("orderId", checkout.orderId()).param("reference", reference).param("amount", checkout.amount().rupiah())
                .param("channel", checkout.channel()).param("url", checkout.redirectUrl()).param("status", checkout.status().name())
                .param("expires", checkout.expiresAt() == null ? null : Timestamp.from(checkout.expiresAt()))
                .update();
    }

    /** The open FINANCE tasks of {@code PaymentReviewProcess} for an order id (its business key). */
    public static List<Task> reviewTasks(TaskService tasks, String orderId) {
        return tasks.createTaskQuery().processDefinitionKey("PaymentReviewProcess").processInstanceBusinessKey(orderId)
                .taskCandidateGroup("FINANCE").list();
    }

    /** Asserts that exactly one FINANCE task reviews the order, and that it names the order and the review's kind. */
    public static void assertReviewedOnce(TaskService tasks, String orderId, String kind) {
        assertThat(reviewTasks(tasks, orderId)).as(orderId).singleElement()
                .satisfies(task -> assertThat(task.getName()).contains(orderId).contains(kind));
    }

    /** An address on 127.0.0.1 where nothing listens: a gateway's callbacks sent there never reach Arus. */
    public static String nowhere(String path) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        }
    }
}
