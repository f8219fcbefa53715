package id.arus.billing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes invoices, applied payments and credit straight into the billing tables, so report tests know every
 * figure without depending on how invoices get issued. Invoice numbers are built from the month and a
 * sequence the caller chooses, in years no real run uses.
 */
public final class ReportFixtures {

    private final JdbcClient jdbc;

    public ReportFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes what earlier runs seeded between the two years (both included). */
    public void clearYears(int fromYear, int toYear) {
        String pattern = "^INV-(" + String.join("|", java.util.stream.IntStream.rangeClosed(fromYear, toYear)
                .mapToObj(String::valueOf).toList()) + ")-";
        jdbc.sql("delete from customer_credit where invoice_id in (select id from invoice where number ~ :p) "
                + "or payment_ref in (select payment_ref from invoice_payment p join invoice i on i.id = p.invoice_id where i.number ~ :p)")
                .param("p", pattern).update();
        jdbc.sql("delete from invoice_payment where invoice_id in (select id from invoice where number ~ :p)").param("p", pattern).update();
        jdbc.sql("delete from invoice where number ~ :p").param("p", pattern).update();
    }

    /** An invoice with tax base equal to its subtotal unless given; returns its id. */
    public long invoice(String number, String customerCode, String plan, String area, String issuedAt, LocalDate due,
                        String status, long subtotal, long taxBase, long tax, long paid, String paidAt) {
        return jdbc.sql("""
                        insert into invoice (number, customer_id, customer_code, plan_code, area, purpose, issued_at, due_date, status,
                                             subtotal, tax_base, tax_rate, tax, total, paid, void_reason, paid_at, updated_at)
                        values (:number, :customerId, :customer, :plan, :area, :purpose, :issuedAt, :due, :status,
                                :subtotal, :taxBase, 11, :tax, :total, :paid, :voidReason, :paidAt, :issuedAt)
                        returning id""")
                .param("number", number)
                .param("customerId", (long) Math.abs(customerCode.hashCode()))
                .param("customer", customerCode)
                .param("plan", plan)
                .param("area", area)
                .param("purpose", plan == null ? "MANUAL" : "RECURRING")
                .param("issuedAt", OffsetDateTime.parse(issuedAt))
                .param("due", due)
                .param("status", status)
                .param("subtotal", subtotal)
                .param("taxBase", taxBase)
                .param("tax", tax)
                .param("total", subtotal + tax)
                .param("paid", paid)
                .param("voidReason", "VOID".equals(status) ? "issued twice by mistake" : null)
                .param("paidAt", paidAt == null ? null : OffsetDateTime.parse(paidAt))
                .query(Long.class).single();
    }

    /** Marks an invoice void at the given moment. */
    public void voided(long invoiceId, String at) {
        jdbc.sql("update invoice set updated_at = :at where id = :id").param("at", OffsetDateTime.parse(at)).param("id", invoiceId).update();
    }

    public void applied(long invoiceId, String paymentRef, long amount, String method, String at) {
        jdbc.sql("insert into invoice_payment (invoice_id, payment_ref, amount, method, applied_at) values (:i, :r, :a, :m, :at)")
                .param("i", invoiceId).param("r", paymentRef).param("a", amount).param("m", method)
                .param("at", OffsetDateTime.parse(at)).update();
    }

    public void credit(long invoiceId, String paymentRef, long amount, String reason, String at) {
        jdbc.sql("""
                        insert into customer_credit (customer_id, amount, reason, invoice_id, payment_ref, created_at)
                        select customer_id, :a, :reason, id, :r, :at from invoice where id = :i""")
                .param("i", invoiceId).param("r", paymentRef).param("a", amount).param("reason", reason)
                .param("at", OffsetDateTime.parse(at)).update();
    }

    /**
     * The 2011 ledger the report tests assert against (Asia/Jakarta, +07:00). Customers RPT-A, RPT-B and RPT-C,
     * plans RPT-P1 and RPT-P2 (and one invoice without a plan), areas RPT-X and RPT-Y:
     * <pre>
     * inv1 A P1 X 2011-01-10 100.000 + 11.000, paid in full 2011-01-15 (cash)
     * inv2 A P2 X 2011-01-31 23:30 (16:30Z) 200.000 + 22.000, 100.001 paid 2011-03-05
     * inv3 B P1 Y 2011-02-01 00:30 (January in UTC) 300.000 + 33.000 with DPP 275.000, unpaid, due 02-15
     * inv8 A P2 X 2011-02-20 30.000 + 3.300, due 03-02, paid 2011-06-10 with 5.000 over as credit
     * inv7 C P1 Y 2011-03-01 20.000 + 2.200, due 04-01, unpaid
     * inv4 B P1 Y 2011-04-05 400.000 + 44.000, void 04-06
     * inv5 C -- Y 2011-04-20 50.000 + 5.500, due 05-01, unpaid
     * inv6 C P2 X 2010-12-01 1.000 + 110, due 2010-12-15, unpaid
     * </pre>
     */
    public void seedLedger2011() {
        clearYears(2010, 2011);
        long inv1 = invoice("INV-2011-01-900001", "RPT-A", "RPT-P1", "RPT-X", "2011-01-10T10:00:00+07:00", LocalDate.parse("2011-01-20"),
                "PAID", 100_000, 100_000, 11_000, 111_000, "2011-01-15T09:00:00+07:00");
        applied(inv1, "RPT-PAY-1", 111_000, "CASH", "2011-01-15T09:00:00+07:00");
        long inv2 = invoice("INV-2011-01-900002", "RPT-A", "RPT-P2", "RPT-X", "2011-01-31T23:30:00+07:00", LocalDate.parse("2011-02-10"),
                "PARTIALLY_PAID", 200_000, 200_000, 22_000, 100_001, null);
        applied(inv2, "RPT-PAY-2", 100_001, "MIDTRANS", "2011-03-05T12:00:00+07:00");
        invoice("INV-2011-02-900003", "RPT-B", "RPT-P1", "RPT-Y", "2011-02-01T00:30:00+07:00", LocalDate.parse("2011-02-15"),
                "OVERDUE", 300_000, 275_000, 33_000, 0, null);
        long inv8 = invoice("INV-2011-02-900008", "RPT-A", "RPT-P2", "RPT-X", "2011-02-20T08:00:00+07:00", LocalDate.parse("2011-03-02"),
                "PAID", 30_000, 30_000, 3_300, 33_300, "2011-06-10T10:00:00+07:00");
        applied(inv8, "RPT-PAY-3", 33_300, "TRIPAY", "2011-06-10T10:00:00+07:00");
        credit(inv8, "RPT-PAY-3", 5_000, "overpayment", "2011-06-10T10:00:00+07:00");
        invoice("INV-2011-03-900007", "RPT-C", "RPT-P1", "RPT-Y", "2011-03-01T08:00:00+07:00", LocalDate.parse("2011-04-01"),
                "OVERDUE", 20_000, 20_000, 2_200, 0, null);
        long inv4 = invoice("INV-2011-04-900004", "RPT-B", "RPT-P1", "RPT-Y", "2011-04-05T08:00:00+07:00", LocalDate.parse("2011-04-20"),
                "VOID", 400_000, 400_000, 44_000, 0, null);
        voided(inv4, "2011-04-06T08:00:00+07:00");
        invoice("INV-2011-04-900005", "RPT-C", null, "RPT-Y", "2011-04-20T08:00:00+07:00", LocalDate.parse("2011-05-01"),
                "OVERDUE", 50_000, 50_000, 5_500, 0, null);
        invoice("INV-2010-12-900006", "RPT-C", "RPT-P2", "RPT-X", "2010-12-01T08:00:00+07:00", LocalDate.parse("2010-12-15"),
                "OVERDUE", 1_000, 1_000, 110, 0, null);
    }
}
