package id.arus.billing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless invoice numbers per month, {@code INV-2026-11-000045}. Numbers are taken inside the caller's
 * transaction under the month's row lock, so a transaction that rolls back gives its numbers back and the
 * sequence has no gaps; concurrent issuers wait for each other only for the length of their transaction.
 */
@Component
class InvoiceNumbers {

    private final JdbcClient jdbc;

    InvoiceNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} numbers of the month {@code issued} falls in, in order. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> next(LocalDate issued, int count) {
        if (count < 1) {
            return List.of();
        }
        String month = String.format("%04d-%02d", issued.getYear(), issued.getMonthValue());
        int last = jdbc.sql("""
                        insert into invoice_counter (month, last_value) values (?, ?)
                        on conflict (month) do update set last_value = invoice_counter.last_value + excluded.last_value
                        returning last_value""")
                .params(month, count).query(Integer.class).single();
        List<String> numbers = new ArrayList<>(count);
        for (int n = last - count + 1; n <= last; n++) {
            numbers.add(format(issued, n));
        }
        return numbers;
    }

    static String format(LocalDate issued, int sequence) {
        return String.format("INV-%04d-%02d-%06d", issued.getYear(), issued.getMonthValue(), sequence);
    }
}
