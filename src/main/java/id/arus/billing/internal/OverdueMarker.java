package id.arus.billing.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks open invoices whose due date has passed (in the operator's calendar) OVERDUE, on one node at a time.
 * Dunning reads that status; payments keep it until the balance is zero.
 */
@Component
class OverdueMarker {

    private static final Logger log = LoggerFactory.getLogger(OverdueMarker.class);

    private final InvoiceStore store;
    /** For the lock that lets one node at a time do this job. */
    private final DataSource locks;
    private final OperatorZone zone;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    OverdueMarker(InvoiceStore store, DataSource locks, OperatorZone zone, AuditTrail audit, TransactionTemplate transaction) {
        this.store = store;
        this.locks = locks;
        this.zone = zone;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Scheduled(initialDelayString = "${arus.billing.overdue-interval:PT5M}", fixedDelayString = "${arus.billing.overdue-interval:PT5M}")
    void scheduled() {
        markOverdue(LocalDate.now(zone.zone()));
    }

    /** Marks invoices due before {@code today}; returns how many, or -1 when another node is doing it. */
    int markOverdue(LocalDate today) {
        int[] marked = {-1};
        AdvisoryLocks.tryRun(locks, AdvisoryLocks.of(AdvisoryLocks.BillingJob.OVERDUE), () -> marked[0] = transaction.execute(tx -> {
            java.util.List<String> numbers = store.markOverdue(today);
            for (String number : numbers) {
                audit.record(AuditRecord.system("billing.invoice.overdue", InvoiceService.subject(number))
                        .withDetail("due before " + today));
            }
            if (!numbers.isEmpty()) {
                log.info("{} invoice(s) due before {} marked OVERDUE", numbers.size(), today);
            }
            return numbers.size();
        }));
        return marked[0];
    }
}
