package id.arus.billing.internal.dunning;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.SystemIdentity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one dunning process per open invoice whose due date comes within the first reminder's lead time (the
 * policy's earliest day, 3 days with the shipped rules). One node at a time (advisory lock); each invoice once:
 * {@code dunning_started_at} is set in the transaction that starts the process, and only invoices where it is
 * null are picked. Batches are bounded; the next run takes the rest.
 */
@Component
class DunningStarter {

    private static final Logger log = LoggerFactory.getLogger(DunningStarter.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RuntimeService runtime;
    private final DunningPolicy policy;
    private final DunningCalendar calendar;
    private final CustomerDirectory customers;
    private final AuditTrail audit;

    DunningStarter(JdbcClient jdbc, TransactionTemplate transactions, RuntimeService runtime, DunningPolicy policy,
                   DunningCalendar calendar, CustomerDirectory customers, AuditTrail audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.runtime = runtime;
        this.policy = policy;
        this.calendar = calendar;
        this.customers = customers;
        this.audit = audit;
    }

    @Scheduled(initialDelayString = "${arus.billing.dunning.start-interval:1m}",
            fixedDelayString = "${arus.billing.dunning.start-interval:1m}")
    void scheduled() {
        try {
            startDue();
        } catch (RuntimeException e) {
            log.warn("Starting dunning failed; the next run tries again: {}", e.toString());
        }
    }

    /** @return how many dunning processes were started */
    int startDue() {
        return SystemIdentity.call("dunning", () -> {
            Integer started = transactions.execute(status -> {
                // the lock first: a node that does not get it has nothing to work out
                boolean locked = AdvisoryLocks.tryLockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Single.DUNNING_START));
                return locked ? startUpTo(calendar.today().plusDays(leadDays())) : 0;
            });
            return started == null ? 0 : started;
        });
    }

    private int startUpTo(LocalDate latestDue) {
        List<String> numbers = jdbc.sql("""
                update invoice set dunning_started_at = now()
                 where id in (select id from invoice
                               where status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE') and dunning_started_at is null
                                 and due_date <= ? order by due_date, id limit ? for update skip locked)
                returning number""").params(latestDue, BATCH).query(String.class).list();
        for (String number : numbers) {
            runtime.startProcessInstanceByKey(DunningVariables.PROCESS_KEY, number, DunningVariables.initial());
            audit.record(AuditRecord.of("billing.dunning.started", number).withAfter(Map.of("latestDue", latestDue.toString())));
        }
        if (!numbers.isEmpty()) {
            log.info("Dunning started for {} invoice(s) due by {}", numbers.size(), latestDue);
        }
        return numbers.size();
    }

    /** Whether a dunning was ever started for the invoice: only then can one be running. */
    boolean startedFor(String invoiceNumber) {
        return jdbc.sql("select dunning_started_at is not null from invoice where number = ?").param(invoiceNumber)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * The longest lead of any category, so no category's first reminder comes too late (the policy keeps each
     * category's lead until the rules are rebuilt).
     */
    private int leadDays() {
        return customers.categories().stream().map(CustomerCategory::code).mapToInt(policy::leadDays).max()
                .orElseGet(() -> policy.leadDays("residential"));
    }
}
