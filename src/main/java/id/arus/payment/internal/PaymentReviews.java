package id.arus.payment.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.payment.PaymentMethod;
import id.arus.shared.SystemIdentity;
import id.arus.workflow.ProcessStarter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises FINANCE reviews ({@code PaymentReviewProcess}) once per key: the key is stored in the caller's
 * transaction before the process starts, so a repeated callback or a reconciliation rerun starts no second
 * task, and a rolled-back callback leaves neither the key nor the task behind.
 */
@Component
class PaymentReviews {

    static final String PROCESS = "PaymentReviewProcess";

    /** Why FINANCE is asked; the names are stored in {@code payment_review.kind}. */
    enum Kind { AMOUNT_MISMATCH, UNKNOWN_ORDER, REFUND, VOID_INVOICE, GATEWAY_PAID_ARUS_NOT, ARUS_PAID_GATEWAY_NOT, AMOUNT_DIFFERS }

    /** A review as stored. */
    record Review(String key, Kind kind, String gateway, String orderId, String receiptNumber, String detail,
                  String decision) {
    }

    private final JdbcClient jdbc;
    private final ProcessStarter processes;
    private final AuditTrail audit;

    PaymentReviews(JdbcClient jdbc, ProcessStarter processes, AuditTrail audit) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.audit = audit;
    }

    /** Raises a review unless one with the same key exists; true when this call raised it. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean raise(String key, Kind kind, PaymentMethod gateway, String orderId, String receiptNumber, String detail) {
        int inserted = jdbc.sql("""
                        insert into payment_review (review_key, kind, gateway, order_id, receipt_number, detail)
                        values (?, ?, ?, ?, ?, ?) on conflict (review_key) do nothing""")
                .params(key, kind.name(), gateway == null ? null : gateway.name(), orderId, receiptNumber, detail)
                .update();
        if (inserted == 0) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewKey", key);
        variables.put("kind", kind.name());
        variables.put("gateway", gateway == null ? "" : gateway.name());
        variables.put("orderId", orderId == null ? "" : orderId);
        variables.put("receiptNumber", receiptNumber == null ? "" : receiptNumber);
        variables.put("detail", detail);
        String businessKey = orderId != null ? orderId : receiptNumber;
        SystemIdentity.run("payment-review", () -> processes.start(PROCESS, businessKey, variables));
        audit.record(AuditRecord.of("payment.review.raised", "payment-review:" + key).withDetail(kind + ": " + detail));
        return true;
    }

    Optional<Review> get(String key) {
        return jdbc.sql("select review_key, kind, gateway, order_id, receipt_number, detail, decision from payment_review where review_key = ?")
                .param(key)
                .query((rs, n) -> new Review(rs.getString("review_key"), Kind.valueOf(rs.getString("kind")),
                        rs.getString("gateway"), rs.getString("order_id"), rs.getString("receipt_number"),
                        rs.getString("detail"), rs.getString("decision")))
                .optional();
    }

    /** Records FINANCE's decision; false when the review was decided before. */
    boolean decide(String key, String decision, String decidedBy, String note) {
        return jdbc.sql("""
                        update payment_review set decision = ?, decided_by = ?, note = ?, decided_at = now()
                        where review_key = ? and decision is null""")
                .params(decision, decidedBy, note, key).update() == 1;
    }
}
