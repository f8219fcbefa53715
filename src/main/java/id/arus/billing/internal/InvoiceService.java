package id.arus.billing.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceIssued;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePayment;
import id.arus.billing.InvoiceSums;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceQuery;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.InvoiceVoided;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.PaymentApplication;
import id.arus.billing.PaymentApplied;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices on JDBC. Every change to an invoice happens under its row lock, so payments, late fees and voids
 * arriving together are applied one after the other. A CUSTOMER asking for someone else's invoice is told it
 * does not exist, so invoice numbers cannot be probed from the portal.
 */
@Service
class InvoiceService implements Invoices {

    static final String READERS = "hasAnyRole('ADMIN', 'FINANCE', 'CS')";
    static final String READERS_OR_CUSTOMER = "hasAnyRole('ADMIN', 'FINANCE', 'CS', 'CUSTOMER')";
    static final String ACTORS = "hasAnyRole('ADMIN', 'FINANCE')";
    static final String REASON_OVERPAID = "OVERPAYMENT";
    /** Rows per search call at most, whatever the caller asks for. */
    static final int MAX_PAGE = 500;

    private final InvoiceStore store;
    private final InvoiceNumbers numbers;
    private final InvoiceSettings settings;
    private final CreditApplier credit;
    private final InvoicePdf pdf;
    private final CustomerDirectory customers;
    private final OperatorZone zone;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InvoiceService(InvoiceStore store, InvoiceNumbers numbers, InvoiceSettings settings, CreditApplier credit,
                   InvoicePdf pdf, CustomerDirectory customers, OperatorZone zone, AuditTrail audit,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.numbers = numbers;
        this.settings = settings;
        this.credit = credit;
        this.pdf = pdf;
        this.customers = customers;
        this.zone = zone;
        this.audit = audit;
        this.events = events;
    }

    static String subject(String number) {
        return "invoice:" + number;
    }

    // ---- reading

    @Override
    @PreAuthorize(READERS_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Invoice get(String number) {
        return visible(number).orElseThrow(() -> unknown(number));
    }

    /** The invoice if the caller may see it: any for staff, only their own for a customer. */
    private Optional<Invoice> visible(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Optional<Invoice> invoice = store.find(number.strip().toUpperCase(Locale.ROOT)).map(InvoiceStore.Stored::invoice);
        if (invoice.isEmpty() || Role.callerIsStaff()) {
            return invoice;
        }
        Optional<Long> own = ownCustomerId();
        return invoice.filter(i -> own.isPresent() && own.get() == i.customerId());
    }

    @Override
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Invoice> search(InvoiceQuery query, int offset, int limit) {
        return store.search(query, null, Math.max(0, offset), Math.max(0, Math.min(limit, MAX_PAGE)));
    }

    @Override
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public int count(InvoiceQuery query) {
        return store.count(query, null);
    }

    @Override
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public InvoiceSums sums(InvoiceQuery query) {
        return store.sums(query);
    }

    @Override
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Invoice> ofCustomer(String customerCode) {
        return customers.findByCode(customerCode)
                .map(c -> store.search(InvoiceQuery.all(), c.id(), 0, MAX_PAGE))
                .orElse(List.of());
    }

    @Override
    @PreAuthorize("hasRole('CUSTOMER')")
    @Transactional(readOnly = true)
    public List<Invoice> mine() {
        return ownCustomerId().map(id -> store.search(InvoiceQuery.all(), id, 0, MAX_PAGE)).orElse(List.of());
    }

    @Override
    @PreAuthorize(READERS_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public Money creditOf(String customerCode) {
        Optional<Customer> customer = customers.findByCode(customerCode);
        return customer.map(c -> store.credit(c.id())).orElseThrow(() -> new NoSuchElementException("No customer " + customerCode));
    }

    @Override
    @PreAuthorize(READERS_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public List<InvoicePayment> payments(String number) {
        return store.payments(get(number).id());
    }

    @Override
    @PreAuthorize(READERS_OR_CUSTOMER)
    @Transactional(readOnly = true)
    public byte[] pdf(String number) {
        Invoice invoice = get(number);
        return pdf.render(invoice, customers.getById(invoice.customerId()));
    }

    // ---- changing

    @Override
    @PreAuthorize(ACTORS)
    @Transactional
    public Invoice issue(InvoiceDraft draft) {
        Customer customer = validCustomer(draft);
        List<InvoiceLine> lines = validLines(draft.lines());
        LocalDate today = LocalDate.now(zone.zone());
        LocalDate due = draft.dueDate() != null ? draft.dueDate() : today.plusDays(settings.dueDays());
        if (due.isBefore(today)) {
            throw InvalidInputException.of("dueDate", "billing.invoice.due.past");
        }
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd().isBefore(draft.periodStart())) {
            throw InvalidInputException.of("periodEnd", "billing.invoice.period.order");
        }
        Money sum = lines.stream().map(InvoiceLine::amount).reduce(Money.ZERO, Money::plus);
        if (sum.isNegative()) {
            throw InvalidInputException.of("lines", "billing.invoice.total.negative");
        }
        TaxPolicy tax = settings.taxPolicy();
        TaxPolicy.Totals totals = tax.totals(sum, draft.taxInclusive());
        String number = numbers.next(today, 1).get(0);
        InvoicePurpose purpose = draft.purpose() == null ? InvoicePurpose.MANUAL : draft.purpose();
        long id;
        try {
            id = store.insert(new InvoiceStore.NewInvoice(number, customer.id(), customer.code(),
                blankToNull(draft.subscriptionNumber()), blankToNull(draft.planCode()), blankToNull(draft.area()), purpose,
                draft.periodStart(), draft.periodEnd(), Instant.now(), due, tax, draft.taxInclusive(), totals), lines);
        } catch (DuplicateKeyException invoicedBefore) {
            // the unique index on (subscription, period) of recurring invoices: this period is billed already
            throw InvalidInputException.of("periodStart", "billing.invoice.period.invoiced");
        }
        Invoice issued = store.find(number).orElseThrow().invoice();
        audit.record(AuditRecord.of("billing.invoice.issued", subject(number)).withAfter(auditView(issued)));
        events.publishEvent(new InvoiceIssued(number, customer.code(), issued.subscriptionNumber(), issued.total(), due));
        if (issued.total().rupiah() == 0) {
            // nothing to pay (a full discount): settled at once
            credit.settle(issued, Money.ZERO, Instant.now());
        } else {
            credit.applyTo(customer.id(), id);
        }
        return store.find(number).orElseThrow().invoice();
    }

    private Customer validCustomer(InvoiceDraft draft) {
        if (draft == null || draft.customerCode() == null || draft.customerCode().isBlank()) {
            throw InvalidInputException.of("customerCode", "billing.invoice.customer.required");
        }
        return customers.findByCode(draft.customerCode())
                .orElseThrow(() -> InvalidInputException.of("customerCode", "billing.invoice.customer.unknown"));
    }

    /** Lines renumbered from 1, with amount = quantity × unit price; a discount must reduce, anything else must not. */
    static List<InvoiceLine> validLines(List<InvoiceLine> given) {
        if (given == null || given.isEmpty()) {
            throw InvalidInputException.of("lines", "billing.invoice.lines.required");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<InvoiceLine> lines = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            InvoiceLine line = given.get(i);
            String field = "lines[" + i + "]";
            if (line.kind() == null || line.description() == null || line.description().isBlank()) {
                errors.computeIfAbsent(field, k -> new ArrayList<>()).add("billing.invoice.line.description");
                continue;
            }
            if (line.quantity() < 1 || line.quantity() > 10_000) {
                errors.computeIfAbsent(field, k -> new ArrayList<>()).add("billing.invoice.line.quantity");
                continue;
            }
            if (line.unitPrice() == null || (line.kind() == LineKind.DISCOUNT) != line.unitPrice().isNegative()
                    || line.unitPrice().rupiah() == 0) {
                errors.computeIfAbsent(field, k -> new ArrayList<>()).add(line.kind() == LineKind.DISCOUNT
                        ? "billing.invoice.line.discount" : "billing.invoice.line.price");
                continue;
            }
            Money amount = Money.idr(Math.multiplyExact(line.unitPrice().rupiah(), (long) line.quantity()));
            lines.add(new InvoiceLine(i + 1, line.kind(), line.description().strip(), line.quantity(), line.unitPrice(),
                    amount, blankToNull(line.ruleCode())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return lines;
    }

    @Override
    @PreAuthorize(ACTORS)
    @Transactional
    public Invoice addLateFee(String number, Money fee, String ruleCode, String reason) {
        if (fee == null || fee.rupiah() <= 0) {
            throw InvalidInputException.of("fee", "billing.invoice.fee.positive");
        }
        if (ruleCode == null || ruleCode.isBlank()) {
            throw InvalidInputException.of("ruleCode", "billing.invoice.fee.rule");
        }
        InvoiceStore.Stored stored = store.lock(number).orElseThrow(() -> unknown(number));
        Invoice before = stored.invoice();
        if (store.hasRuleLine(before.id(), ruleCode)) {
            return before;
        }
        if (!before.status().open()) {
            throw new IllegalStateException("Invoice " + number + " is " + before.status() + ": no late fee on it");
        }
        int position = before.lines().stream().mapToInt(InvoiceLine::position).max().orElse(0) + 1;
        String description = reason == null || reason.isBlank() ? "Denda keterlambatan" : reason.strip();
        store.insertLine(before.id(), new InvoiceLine(position, LineKind.LATE_FEE, description, 1, fee, fee, ruleCode));
        Money sum = before.lines().stream().map(InvoiceLine::amount).reduce(fee, Money::plus);
        TaxPolicy tax = new TaxPolicy(before.taxRate(), stored.dppOtherValue());
        store.updateTotals(before.id(), tax.totals(sum, stored.taxInclusive()));
        Invoice after = store.find(before.number()).orElseThrow().invoice();
        audit.record(AuditRecord.of("billing.invoice.late-fee", subject(number))
                .withBefore(auditView(before)).withAfter(auditView(after)).withDetail(ruleCode));
        return after;
    }

    @Override
    @PreAuthorize(ACTORS)
    @Transactional
    public Invoice voidInvoice(String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "billing.invoice.void.reason");
        }
        InvoiceStore.Stored stored = store.lock(number).orElseThrow(() -> unknown(number));
        Invoice before = stored.invoice();
        if (!before.status().open()) {
            throw InvalidInputException.of("status", "billing.invoice.void.not-open");
        }
        if (before.paid().rupiah() > 0) {
            throw InvalidInputException.of("status", "billing.invoice.void.paid");
        }
        store.markVoid(before.id(), reason.strip());
        Invoice after = store.find(before.number()).orElseThrow().invoice();
        audit.record(AuditRecord.of("billing.invoice.voided", subject(before.number()))
                .withBefore(auditView(before)).withAfter(auditView(after)).withDetail(reason.strip()));
        events.publishEvent(new InvoiceVoided(after.number(), after.customerCode(), after.subscriptionNumber(), reason.strip()));
        return after;
    }

    @Override
    @PreAuthorize(ACTORS)
    @Transactional
    public PaymentApplied applyPayment(PaymentApplication payment) {
        if (payment == null || payment.paymentRef() == null || payment.paymentRef().isBlank()) {
            throw InvalidInputException.of("paymentRef", "billing.payment.ref.required");
        }
        if (payment.amount() == null || payment.amount().rupiah() <= 0) {
            throw InvalidInputException.of("amount", "billing.payment.amount.positive");
        }
        InvoiceStore.Stored stored = store.lock(payment.invoiceNumber()).orElseThrow(() -> unknown(payment.invoiceNumber()));
        Invoice invoice = stored.invoice();
        String ref = payment.paymentRef().strip();
        Optional<InvoicePayment> earlier = store.paymentByRef(ref);
        Optional<Money> earlierCredit = store.creditByPayment(ref, REASON_OVERPAID);
        if (earlier.isPresent() || earlierCredit.isPresent()) {
            return new PaymentApplied(invoice.number(), invoice.status(),
                    earlier.map(InvoicePayment::amount).orElse(Money.ZERO), earlierCredit.orElse(Money.ZERO), true);
        }
        if (invoice.status() == InvoiceStatus.VOID) {
            throw new IllegalStateException("Invoice " + invoice.number() + " is void: payment " + ref + " not applied");
        }
        Money balance = invoice.balance();
        Money applied = payment.amount().compareTo(balance) <= 0 ? payment.amount() : balance;
        Money excess = payment.amount().minus(applied);
        Instant paidAt = payment.paidAt() == null ? Instant.now() : payment.paidAt();
        String method = payment.method() == null || payment.method().isBlank() ? "UNKNOWN" : payment.method().strip();
        InvoiceStatus after = invoice.status();
        if (applied.rupiah() > 0) {
            store.insertPayment(invoice.id(), ref, applied, method, paidAt);
            after = credit.settle(invoice, applied, paidAt);
        }
        if (excess.rupiah() > 0) {
            store.insertCredit(invoice.customerId(), excess, REASON_OVERPAID, invoice.id(), ref);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("paymentRef", ref);
        detail.put("method", method);
        detail.put("applied", applied.rupiah());
        detail.put("credited", excess.rupiah());
        detail.put("status", after.name());
        audit.record(AuditRecord.of("billing.invoice.payment-applied", subject(invoice.number())).withAfter(detail));
        return new PaymentApplied(invoice.number(), after, applied, excess, false);
    }

    // ---- helpers

    private Optional<Long> ownCustomerId() {
        try {
            return Optional.of(customers.mine().id());
        } catch (NoSuchElementException noRecord) {
            return Optional.empty();
        }
    }

    private static NoSuchElementException unknown(String number) {
        return new NoSuchElementException("No invoice " + number);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> auditView(Invoice i) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", i.number());
        view.put("customer", i.customerCode());
        view.put("status", i.status().name());
        view.put("subtotal", i.subtotal().rupiah());
        view.put("tax", i.tax().rupiah());
        view.put("total", i.total().rupiah());
        view.put("paid", i.paid().rupiah());
        view.put("dueDate", String.valueOf(i.dueDate()));
        view.put("lines", i.lines().size());
        return view;
    }
}
