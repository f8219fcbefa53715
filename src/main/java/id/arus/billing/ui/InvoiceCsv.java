package id.arus.billing.ui;

import id.arus.billing.Invoice;

/** Invoice rows as RFC 4180 CSV: amounts as plain rupiah numbers, so a spreadsheet can sum them. */
final class InvoiceCsv {

    static final String HEADER = "number,customer_code,subscription,plan,area,purpose,issued_at,due_date,status,"
            + "subtotal,tax_base,tax,total,paid,balance\r\n";

    private InvoiceCsv() {
    }

    static String row(Invoice i) {
        return String.join(",", quote(i.number()), quote(i.customerCode()), quote(i.subscriptionNumber()),
                quote(i.planCode()), quote(i.area()), i.purpose().name(), i.issuedAt().toString(), String.valueOf(i.dueDate()),
                i.status().name(), amount(i.subtotal().rupiah()), amount(i.taxBase().rupiah()), amount(i.tax().rupiah()),
                amount(i.total().rupiah()), amount(i.paid().rupiah()), amount(i.balance().rupiah())) + "\r\n";
    }

    private static String amount(long rupiah) {
        return Long.toString(rupiah);
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would run as a formula in a spreadsheet
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
