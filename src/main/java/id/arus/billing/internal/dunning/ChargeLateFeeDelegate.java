package id.arus.billing.internal.dunning;

import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.billing.internal.dunning.DunningCases.DunningCase;
import id.arus.billing.policy.LateFeeDecision;
import id.arus.billing.policy.LateFeeFacts;
import id.arus.shared.SystemIdentity;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The late fee: {@code late-fees.drl} decides whether and how much; the invoice charges it once per fee rule
 * ({@link Invoices#addLateFee} is idempotent by rule code, so a retried step charges nothing more).
 */
@Component("chargeLateFeeDelegate")
class ChargeLateFeeDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ChargeLateFeeDelegate.class);

    private final DunningCases cases;
    private final DunningPolicy policy;
    private final DunningCalendar calendar;
    private final LateFeeWaivers waivers;
    private final Invoices invoices;

    ChargeLateFeeDelegate(DunningCases cases, DunningPolicy policy, DunningCalendar calendar, LateFeeWaivers waivers,
                          Invoices invoices) {
        this.cases = cases;
        this.policy = policy;
        this.calendar = calendar;
        this.waivers = waivers;
        this.invoices = invoices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DunningCase dunning = cases.of(execution.getProcessBusinessKey());
        Invoice invoice = dunning.invoice();
        LateFeeFacts facts = new LateFeeFacts(invoice.number(), dunning.customer().category(), invoice.planCode(),
                calendar.daysFromDue(invoice.dueDate()), invoice.balance().rupiah(), invoice.total().rupiah(),
                waivers.customerWaived(invoice.customerCode()), waivers.invoiceWaived(invoice.number()));
        Optional<LateFeeDecision> fee = policy.lateFee(facts);
        if (fee.isEmpty()) {
            log.info("No late fee on {} ({})", invoice.number(), facts);
            return;
        }
        LateFeeDecision decision = fee.get();
        SystemIdentity.run("dunning", () -> invoices.addLateFee(invoice.number(), decision.fee(), decision.getRuleCode(),
                decision.getReason()));
    }
}
