package id.arus.billing.internal.dunning;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.Invoices;
import id.arus.billing.policy.DunningAction;
import id.arus.billing.policy.DunningFacts;
import id.arus.billing.policy.LateFeeBlock;
import id.arus.billing.policy.LateFeeDecision;
import id.arus.billing.policy.LateFeeFacts;
import id.arus.billing.policy.RuleName;
import id.arus.customer.CustomerDirectory;
import id.arus.rules.RuleEvaluation;
import id.arus.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs the billing rule files on sample facts for the rules screen: which rules fire and what they decide.
 * Nothing is charged or sent. ADMIN and FINANCE only.
 */
@Service
public class RuleTrial {

    /** Facts an analyst enters, or read from an invoice. Amounts in rupiah. */
    public record Sample(String invoiceNumber, String category, String planCode, int daysOverdue, long balance, long total,
                         boolean customerWaived, boolean invoiceWaived) {
    }

    /** What the rules said: the rules that fired (code, reason) in firing order, and the decisions. */
    public record Outcome(List<RuleName> fired, LateFeeDecision lateFee, List<LateFeeBlock> noFeeBecause,
                          List<DunningAction> dunningActions) {
    }

    private final Invoices invoices;
    private final CustomerDirectory customers;
    private final DunningPolicy policy;
    private final DunningCalendar calendar;
    private final LateFeeWaivers waivers;
    private final AuditTrail audit;

    RuleTrial(Invoices invoices, CustomerDirectory customers, DunningPolicy policy, DunningCalendar calendar,
              LateFeeWaivers waivers, AuditTrail audit) {
        this.invoices = invoices;
        this.customers = customers;
        this.policy = policy;
        this.calendar = calendar;
        this.waivers = waivers;
        this.audit = audit;
    }

    /** The facts of a real invoice as the dunning process would see them today. */
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public Sample sampleOf(String invoiceNumber) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            throw InvalidInputException.of("invoiceNumber", "dunning.rules.invoice.required");
        }
        Invoice invoice = invoices.get(invoiceNumber.strip());
        return new Sample(invoice.number(), customers.getById(invoice.customerId()).category(), invoice.planCode(),
                calendar.daysFromDue(invoice.dueDate()), invoice.balance().rupiah(), invoice.total().rupiah(),
                waivers.customerWaived(invoice.customerCode()), waivers.invoiceWaived(invoice.number()));
    }

    /** Both rule files on the sample (as if nothing had been done on the invoice yet). */
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public Outcome run(Sample sample) {
        if (sample.category() == null || sample.category().isBlank()) {
            throw InvalidInputException.of("category", "dunning.rules.category.required");
        }
        if (sample.total() < 0 || sample.balance() < 0) {
            throw InvalidInputException.of("total", "dunning.rules.amount.negative");
        }
        String number = sample.invoiceNumber() == null || sample.invoiceNumber().isBlank() ? "(contoh)" : sample.invoiceNumber();
        LateFeeFacts lateFee = new LateFeeFacts(number, sample.category(), sample.planCode(), sample.daysOverdue(),
                sample.balance(), sample.total(), sample.customerWaived(), sample.invoiceWaived());
        DunningFacts dunning = new DunningFacts(number, sample.category(), sample.daysOverdue(), Set.of(), Set.of());
        RuleEvaluation evaluation = policy.evaluate(lateFee, dunning);
        audit.record(AuditRecord.of("billing.rules.tried", number).withAfter(Map.of("category", sample.category(),
                "daysOverdue", sample.daysOverdue(), "fired", evaluation.firedRules().size())));
        List<LateFeeDecision> fees = evaluation.objectsOf(LateFeeDecision.class);
        return new Outcome(evaluation.firedRules().stream().map(RuleName::of).toList(), fees.isEmpty() ? null : fees.get(0),
                evaluation.objectsOf(LateFeeBlock.class), DunningPolicy.steps(evaluation));
    }
}
