package id.arus.payment.internal;

import id.arus.payment.Checkout;
import id.arus.payment.GatewayStatus;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.payment.StoredCallback;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The payment tables of V62/V68 in SQL; every method runs in the caller's transaction. */
@Component
class PaymentStore {

    /** A checkout row with what is needed beyond the public {@link Checkout}. */
    record CheckoutRow(long id, Checkout checkout, String reference, Instant createdAt) {

        /** Reserved for a gateway call that has not answered (yet): pending without a payment page. */
        boolean reserved() {
            return checkout.status() == GatewayStatus.PENDING && checkout.redirectUrl() == null;
        }
    }

    private static final String PAYMENT_COLUMNS = """
            id, receipt_number, invoice_number, customer_code, amount, method, channel, external_ref, paid_at,
            recorded_by, note, status, refunded""";

    private static final String CHECKOUT_COLUMNS = """
            id, invoice_number, gateway, order_id, reference, amount, channel, redirect_url, status, expires_at, created_at""";

    private final JdbcClient jdbc;

    PaymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a callback under its key; empty when the same gateway, order and status came before. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> keepCallback(PaymentMethod gateway, String orderId, GatewayStatus status, String body) {
        return jdbc.sql("""
                        insert into gateway_callback (gateway, order_id, status, body, outcome) values (?, ?, ?, ?, 'RECEIVED')
                        on conflict (gateway, order_id, status) do nothing returning id""")
                .params(gateway.name(), orderId, status.name(), body == null ? "" : body)
                .query(Long.class).optional();
    }

    void callbackOutcome(long callbackId, String outcome) {
        jdbc.sql("update gateway_callback set outcome = ? where id = ?").params(outcome, callbackId).update();
    }

    /** The callback log, without the raw bodies: the log does not show them and they are the bulk of a row. */
    List<StoredCallback> recentCallbacks(int offset, int limit) {
        return jdbc.sql("""
                        select id, gateway, order_id, status, received_at, outcome from gateway_callback
                        order by received_at desc, id desc offset ? limit ?""")
                .params(offset, limit)
                .query((rs, n) -> new StoredCallback(rs.getLong("id"), PaymentMethod.valueOf(rs.getString("gateway")),
                        rs.getString("order_id"), rs.getString("status"), instant(rs, "received_at"), rs.getString("outcome")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<CheckoutRow> lockCheckout(String orderId) {
        return jdbc.sql("select " + CHECKOUT_COLUMNS + " from payment_checkout where order_id = ? for update")
                .param(orderId).query(this::checkoutRow).optional();
    }

    Optional<CheckoutRow> checkout(String orderId) {
        return jdbc.sql("select " + CHECKOUT_COLUMNS + " from payment_checkout where order_id = ?")
                .param(orderId).query(this::checkoutRow).optional();
    }

    List<CheckoutRow> checkoutsOf(String invoiceNumber) {
        return jdbc.sql("select " + CHECKOUT_COLUMNS + " from payment_checkout where invoice_number = ? order by id")
                .param(invoiceNumber).query(this::checkoutRow).list();
    }

    /** Checkouts created since {@code since}, oldest first, for the reconciliation. */
    List<CheckoutRow> checkoutsSince(Instant since, int limit) {
        return jdbc.sql("select " + CHECKOUT_COLUMNS + " from payment_checkout where created_at >= ? order by id limit ?")
                .params(Timestamp.from(since), limit).query(this::checkoutRow).list();
    }

    void updateCheckout(long id, GatewayStatus status, String reference) {
        jdbc.sql("""
                        update payment_checkout set status = ?, reference = coalesce(?, reference), updated_at = now()
                        where id = ?""")
                .params(status.name(), reference, id).update();
    }

    /**
     * Reserves an attempt's order id before the gateway is called, valid until {@code reservedUntil}; the row is
     * {@link CheckoutRow#reserved() reserved} until {@link #completeCheckout} stores the gateway's answer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long reserveCheckout(String invoiceNumber, PaymentMethod gateway, String orderId, Money amount, String channel,
                         Instant reservedUntil) {
        return jdbc.sql("""
                        insert into payment_checkout (invoice_number, gateway, order_id, amount, channel, status, expires_at)
                        values (?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
                .params(invoiceNumber, gateway.name(), orderId, amount.rupiah(), channel, Timestamp.from(reservedUntil))
                .query(Long.class).single();
    }

    /** Stores what the gateway answered for a reserved attempt: its reference, the payment page and the expiry. */
    void completeCheckout(long id, String reference, String redirectUrl, Instant expiresAt) {
        jdbc.sql("""
                        update payment_checkout set reference = ?, redirect_url = ?, expires_at = ?, updated_at = now()
                        where id = ?""")
                .params(reference, redirectUrl, expiresAt == null ? null : Timestamp.from(expiresAt), id).update();
    }

    /**
     * A new receipt number, {@code PAY-<year>-<month of the payment>-<running number>}. The running number comes
     * from a sequence, which takes no lock: a number taken by a payment that rolls back is skipped, never
     * reused (docs/adr/0017). Invoices, which tax needs gapless, keep their counter.
     */
    String nextReceiptNumber(LocalDate day) {
        long next = jdbc.sql("select nextval('payment_receipt_number')").query(Long.class).single();
        return String.format("PAY-%04d-%02d-%06d", day.getYear(), day.getMonthValue(), next);
    }

    /** Inserts a payment; empty when one with the same method and external reference exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Payment> insertPayment(Payment payment) {
        return jdbc.sql("""
                        insert into payment (receipt_number, invoice_number, customer_code, amount, method, channel,
                        external_ref, paid_at, recorded_by, note, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing returning \s""" + PAYMENT_COLUMNS)
                .params(payment.receiptNumber(), payment.invoiceNumber(), payment.customerCode(), payment.amount().rupiah(),
                        payment.method().name(), payment.channel(), payment.externalRef(), Timestamp.from(payment.paidAt()),
                        payment.recordedBy(), payment.note(), payment.status())
                .query(this::payment).optional();
    }

    Optional<Payment> byReceipt(String receiptNumber) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where receipt_number = ?")
                .param(receiptNumber).query(this::payment).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Payment> lockByReceipt(String receiptNumber) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where receipt_number = ? for update")
                .param(receiptNumber).query(this::payment).optional();
    }

    Optional<Payment> byExternalRef(PaymentMethod method, String externalRef) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where method = ? and external_ref = ?")
                .params(method.name(), externalRef).query(this::payment).optional();
    }

    void markPayment(long id, String status, Money refunded) {
        jdbc.sql("update payment set status = ?, refunded = ? where id = ?")
                .params(status, refunded.rupiah(), id).update();
    }

    List<Payment> ofInvoice(String invoiceNumber) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where invoice_number = ? order by paid_at, id")
                .param(invoiceNumber).query(this::payment).list();
    }

    List<Payment> ofCustomer(String customerCode) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment where customer_code = ? order by paid_at desc, id desc")
                .param(customerCode).query(this::payment).list();
    }

    List<Payment> recent(int offset, int limit) {
        return jdbc.sql("select " + PAYMENT_COLUMNS + " from payment order by paid_at desc, id desc offset ? limit ?")
                .params(offset, limit).query(this::payment).list();
    }

    private CheckoutRow checkoutRow(ResultSet rs, int row) throws SQLException {
        Checkout checkout = new Checkout(rs.getString("invoice_number"), PaymentMethod.valueOf(rs.getString("gateway")),
                rs.getString("order_id"), Money.idr(rs.getLong("amount")), rs.getString("channel"),
                rs.getString("redirect_url"), GatewayStatus.valueOf(rs.getString("status")), instant(rs, "expires_at"));
        return new CheckoutRow(rs.getLong("id"), checkout, rs.getString("reference"), instant(rs, "created_at"));
    }

    private Payment payment(ResultSet rs, int row) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getString("receipt_number"), rs.getString("invoice_number"),
                rs.getString("customer_code"), Money.idr(rs.getLong("amount")), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("channel"), rs.getString("external_ref"), instant(rs, "paid_at"), rs.getString("recorded_by"),
                rs.getString("note"), rs.getString("status"), Money.idr(rs.getLong("refunded")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Serialises checkouts of one invoice for the rest of the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lockInvoice(String invoiceNumber) {
        AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.ofName("checkout:" + invoiceNumber));
    }

    static LocalDate dayOf(Instant instant, java.time.ZoneId zone) {
        return instant.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate();
    }
}
