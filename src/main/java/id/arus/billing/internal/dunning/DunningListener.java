package id.arus.billing.internal.dunning;

import id.arus.billing.InvoicePaid;
import id.arus.billing.InvoiceVoided;
import java.util.function.Predicate;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A paid or voided invoice ends its dunning (the process's last step restores service when the subscription is
 * isolated for non-payment and nothing else holds it). Without a
 * dunning (paid before it started, or after it ended) a subscription isolated for non-payment that no other
 * overdue invoice holds is restored directly. Duplicates change nothing: no instance is left to correlate and
 * the subscription is already active.
 */
@Component
class DunningListener {

    private static final Logger log = LoggerFactory.getLogger(DunningListener.class);
    /** A dunning step running at this instant makes correlation fail optimistically; a few quick tries suffice. */
    private static final int CORRELATION_ATTEMPTS = 5;

    private final RuntimeService runtime;
    private final ServiceRestorer restorer;
    /** Whether a dunning was ever started for the invoice; only then can one be running. */
    private final Predicate<String> dunningStarted;

    @Autowired
    DunningListener(RuntimeService runtime, ServiceRestorer restorer, DunningStarter starter) {
        this(runtime, restorer, starter::startedFor);
    }

    DunningListener(RuntimeService runtime, ServiceRestorer restorer, Predicate<String> dunningStarted) {
        this.runtime = runtime;
        this.restorer = restorer;
        this.dunningStarted = dunningStarted;
    }

    @ApplicationModuleListener
    void on(InvoicePaid paid) {
        endDunning(paid.number(), DunningVariables.MSG_INVOICE_PAID, paid.customerCode(), paid.subscriptionNumber());
    }

    @ApplicationModuleListener
    void on(InvoiceVoided voided) {
        endDunning(voided.number(), DunningVariables.MSG_INVOICE_VOIDED, voided.customerCode(), voided.subscriptionNumber());
    }

    void endDunning(String invoiceNumber, String message, String customerCode, String subscriptionNumber) {
        if (dunningRuns(invoiceNumber)) {
            correlate(invoiceNumber, message);
            return;
        }
        if (restorer.restoreAfter(invoiceNumber, customerCode, subscriptionNumber)) {
            log.info("{} restored after {} without a running dunning", subscriptionNumber, invoiceNumber);
        }
    }

    /**
     * Most invoices are paid before their dunning starts, so the invoice's own mark is read first: the engine's
     * instance query is dynamic SQL built per call and cost half of a paid callback's processor time. The mark
     * is set in the transaction that starts the process, and a payment waits for that row, so it is never late.
     */
    private boolean dunningRuns(String invoiceNumber) {
        return dunningStarted.test(invoiceNumber) && runtime.createProcessInstanceQuery()
                .processDefinitionKey(DunningVariables.PROCESS_KEY).processInstanceBusinessKey(invoiceNumber).count() > 0;
    }

    private void correlate(String invoiceNumber, String message) {
        for (int attempt = 1; ; attempt++) {
            try {
                runtime.createMessageCorrelation(message).processInstanceBusinessKey(invoiceNumber).correlateAllWithResult();
                return;
            } catch (OptimisticLockingException e) {
                if (attempt >= CORRELATION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
