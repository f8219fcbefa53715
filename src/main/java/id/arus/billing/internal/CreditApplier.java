package id.arus.billing.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoicePaid;
import id.arus.billing.InvoiceStatus;
import id.arus.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spends a customer's credit (overpayments kept earlier) on their open invoices, oldest due first. Each use
 * is a pair: a negative {@code customer_credit} row and an {@code invoice_payment} row with method
 * {@code CREDIT} keyed by that credit row, so the invoice's payments list shows it and the credit balance
 * (a sum) can never be spent twice: the customer's credit is locked for the transaction.
 *
 * <p>The billing run calls {@link #applyToOpenInvoices} for each customer after its invoices are in;
 * {@link InvoiceService#issue} does the same for one invoice.
 */
@Component
public class CreditApplier {

    static final String METHOD = "CREDIT";
    static final String REASON_USED = "USED_ON_INVOICE";

    private final InvoiceStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CreditApplier(InvoiceStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Applies the customer's credit to all their open invoices; returns what was used. */
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    @Transactional
    public Money applyToOpenInvoices(long customerId) {
        store.lockCredit(customerId);
        Money used = Money.ZERO;
        for (long invoiceId : store.openInvoiceIds(customerId)) {
            if (store.credit(customerId).rupiah() <= 0) {
                break;
            }
            used = used.plus(applyLocked(customerId, invoiceId));
        }
        return used;
    }

    /** Applies credit to one invoice inside the caller's transaction (a freshly issued one). */
    @Transactional(propagation = Propagation.MANDATORY)
    Money applyTo(long customerId, long invoiceId) {
        store.lockCredit(customerId);
        return applyLocked(customerId, invoiceId);
    }

    private Money applyLocked(long customerId, long invoiceId) {
        Money credit = store.credit(customerId);
        InvoiceStore.Stored stored = store.lock(invoiceId).orElseThrow();
        Invoice invoice = stored.invoice();
        if (credit.rupiah() <= 0 || !invoice.status().open() || invoice.balance().rupiah() <= 0) {
            return Money.ZERO;
        }
        Money use = credit.compareTo(invoice.balance()) < 0 ? credit : invoice.balance();
        long creditId = store.insertCredit(customerId, Money.idr(-use.rupiah()), REASON_USED, invoiceId, null);
        Instant now = Instant.now();
        store.insertPayment(invoiceId, "credit:" + creditId, use, METHOD, now);
        InvoiceStatus after = settle(invoice, use, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("credit", use.rupiah());
        detail.put("status", after.name());
        audit.record(AuditRecord.of("billing.credit.applied", InvoiceService.subject(invoice.number())).withAfter(detail));
        return use;
    }

    /**
     * Adds {@code amount} to what is paid on a locked invoice and sets its status; publishes
     * {@link InvoicePaid} when the balance reaches zero. Returns the status after.
     */
    InvoiceStatus settle(Invoice invoice, Money amount, Instant paidAt) {
        Money paid = invoice.paid().plus(amount);
        boolean settled = paid.compareTo(invoice.total()) >= 0;
        InvoiceStatus status = settled ? InvoiceStatus.PAID
                : invoice.status() == InvoiceStatus.OVERDUE ? InvoiceStatus.OVERDUE : InvoiceStatus.PARTIALLY_PAID;
        store.updatePaid(invoice.id(), paid, status, settled ? paidAt : null);
        if (settled) {
            events.publishEvent(new InvoicePaid(invoice.number(), invoice.customerCode(), invoice.subscriptionNumber()));
        }
        return status;
    }
}
