package id.arus.billing.internal.dunning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Late-fee waivers FINANCE granted (table {@code late_fee_waiver}, V65): for one invoice or for a customer. */
@Component
class LateFeeWaivers {

    private final JdbcClient jdbc;

    LateFeeWaivers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean invoiceWaived(String invoiceNumber) {
        return waived("INVOICE", invoiceNumber);
    }

    boolean customerWaived(String customerCode) {
        return waived("CUSTOMER", customerCode);
    }

    private boolean waived(String kind, String subject) {
        return jdbc.sql("select exists (select 1 from late_fee_waiver where kind = ? and subject = ?)")
                .params(kind, subject).query(Boolean.class).single();
    }
}
