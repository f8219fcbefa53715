package id.arus.billing.ui;

import id.arus.billing.Invoice;
import id.arus.shared.Csv;
import java.util.List;

/** Invoice rows as CSV ({@link Csv}): amounts as plain rupiah numbers, so a spreadsheet can sum them. */
final class InvoiceCsv {

    static final String HEADER = "number,customer_code,subscription,plan,area,purpose,issued_at,due_date,status,"
            + "subtotal,tax_base,tax,total,paid,balance\r\n";

    private InvoiceCsv() {
    }

    static String row(Invoice i) {
        return Csv.row(List.of(i.number(), i.customerCode(), nz(i.subscriptionNumber()), nz(i.planCode()), nz(i.area()),
                i.purpose().name(), i.issuedAt().toString(), String.valueOf(i.dueDate()), i.status().name(),
                amount(i.subtotal().rupiah()), amount(i.taxBase().rupiah()), amount(i.tax().rupiah()),
                amount(i.total().rupiah()), amount(i.paid().rupiah()), amount(i.balance().rupiah())));
    }

    private static String amount(long rupiah) {
        return Long.toString(rupiah);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
