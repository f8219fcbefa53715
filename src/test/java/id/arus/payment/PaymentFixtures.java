package id.arus.payment;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments written straight into the payment table, so report tests know every figure. */
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
}
