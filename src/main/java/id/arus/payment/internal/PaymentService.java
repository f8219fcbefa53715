package id.arus.payment.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.PaymentApplication;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.payment.CallbackOutcome;
import id.arus.payment.Checkout;
import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.ManualPayment;
import id.arus.payment.Payment;
import id.arus.payment.PaymentCallbacks;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.payment.ReconciliationResult;
import id.arus.payment.StoredCallback;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments and the gateways' callbacks. Money reaches an invoice only through {@link Invoices#applyPayment},
 * keyed by the receipt number, and a gateway payment is recorded at most once per order id (the unique
 * {@code (method, external_ref)}), so neither a duplicate callback nor a status check pays twice.
 */
@Service
class PaymentService implements Payments, PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    static final String STAFF = "hasAnyRole('ADMIN','FINANCE','CS')";
    static final String MONEY_HANDLERS = "hasAnyRole('ADMIN','FINANCE')";

    private final PaymentStore store;
    private final PaymentReviews reviews;
    private final Invoices invoices;
    private final CustomerDirectory customers;
    private final AuditTrail audit;
    private final OperatorZone zone;
    private final ReceiptPdf receipts;
    private final TransactionTemplate transactions;
    private final GatewayClients gateways;
    private final Reconciliation reconciliation;
    private final Duration checkoutValidity;
    private final Duration reservationTimeout;
    private final Clock clock;

    PaymentService(PaymentStore store, PaymentReviews reviews, Invoices invoices, CustomerDirectory customers,
                   AuditTrail audit, OperatorZone zone, ReceiptPdf receipts, TransactionTemplate transactions,
                   GatewayClients gateways, Reconciliation reconciliation,
                   @Value("${arus.payment.checkout-validity:PT24H}") Duration checkoutValidity,
                   @Value("${arus.payment.checkout-reservation:PT3M}") Duration reservationTimeout) {
        this.store = store;
        this.reviews = reviews;
        this.invoices = invoices;
        this.customers = customers;
        this.audit = audit;
        this.zone = zone;
        this.receipts = receipts;
        this.transactions = transactions;
        this.gateways = gateways;
        this.reconciliation = reconciliation;
        this.checkoutValidity = checkoutValidity;
        this.reservationTimeout = reservationTimeout;
        this.clock = Clock.systemUTC();
    }

    // ---------------------------------------------------------------- callbacks

    @Override
    @PreAuthorize(MONEY_HANDLERS)
    @Transactional
    public CallbackOutcome accept(GatewayNotification notification) {
        if (notification.gateway() == null || !notification.gateway().gateway() || notification.orderId() == null
                || notification.status() == null) {
            throw new IllegalArgumentException("A callback needs a gateway, an order id and a status");
        }
        Optional<Long> kept = store.keepCallback(notification.gateway(), notification.orderId(), notification.status(),
                notification.body());
        if (kept.isEmpty()) {
            return CallbackOutcome.DUPLICATE;
        }
        CallbackOutcome outcome = act(notification);
        store.callbackOutcome(kept.get(), outcome.name());
        return outcome;
    }

    private CallbackOutcome act(GatewayNotification notification) {
        String orderId = notification.orderId();
        Optional<PaymentStore.CheckoutRow> locked = store.lockCheckout(orderId);
        if (locked.isEmpty()) {
            reviews.raise("unknown:" + notification.gateway() + ":" + orderId, PaymentReviews.Kind.UNKNOWN_ORDER,
                    notification.gateway(), orderId, null, "%s %s %s, amount %s: no checkout with this order id".formatted(
                            notification.gateway(), orderId, notification.rawStatus(), amountText(notification.amount())));
            return CallbackOutcome.UNKNOWN_ORDER;
        }
        PaymentStore.CheckoutRow row = locked.get();
        Checkout checkout = row.checkout();
        if (!checkout.status().mayBecome(notification.status())) {
            return CallbackOutcome.STALE;
        }
        store.updateCheckout(row.id(), notification.status(), notification.reference());
        return switch (notification.status()) {
            case PAID -> paid(checkout, notification);
            case REFUNDED, CHARGEBACK -> reversed(checkout, notification);
            default -> CallbackOutcome.RECORDED;
        };
    }

    private CallbackOutcome paid(Checkout checkout, GatewayNotification notification) {
        Invoice invoice = invoices.get(checkout.invoiceNumber());
        Money amount = notification.amount() == null ? checkout.amount() : notification.amount();
        boolean amountMatches = amount.equals(checkout.amount());
        boolean invoiceVoid = invoice.status() == InvoiceStatus.VOID;
        boolean apply = amountMatches && !invoiceVoid && amount.rupiah() > 0;
        Instant paidAt = notification.paidAt() == null ? clock.instant() : notification.paidAt();
        Optional<Payment> inserted = amount.rupiah() <= 0 ? Optional.empty() : store.insertPayment(new Payment(0,
                store.nextReceiptNumber(PaymentStore.dayOf(paidAt, zone.zone())), invoice.number(),
                invoice.customerCode(), amount, notification.gateway(), notification.channel(), checkout.orderId(), paidAt,
                AuditRecord.currentActor(), null, apply ? "APPLIED" : "HELD", Money.ZERO));
        if (inserted.isEmpty() && amount.rupiah() > 0) {
            return CallbackOutcome.DUPLICATE; // a payment for this order id exists: it was acted on before
        }
        String receipt = inserted.map(Payment::receiptNumber).orElse(null);
        if (apply) {
            invoices.applyPayment(new PaymentApplication(invoice.number(), amount, receipt, notification.gateway().name(), paidAt));
            audit.record(AuditRecord.of("payment.received", subject(receipt)).withAfter(inserted.get()));
            return CallbackOutcome.APPLIED;
        }
        PaymentReviews.Kind kind = invoiceVoid ? PaymentReviews.Kind.VOID_INVOICE : PaymentReviews.Kind.AMOUNT_MISMATCH;
        reviews.raise("paid:" + checkout.orderId(), kind, notification.gateway(), checkout.orderId(), receipt,
                "%s paid %s for %s (checkout %s, invoice %s)".formatted(checkout.orderId(), amountText(amount),
                        invoice.number(), amountText(checkout.amount()), invoice.status()));
        inserted.ifPresent(payment -> audit.record(AuditRecord.of("payment.held", subject(receipt)).withAfter(payment)
                .withDetail(kind.name())));
        return CallbackOutcome.AMOUNT_MISMATCH;
    }

    private CallbackOutcome reversed(Checkout checkout, GatewayNotification notification) {
        Optional<Payment> payment = store.byExternalRef(checkout.gateway(), checkout.orderId());
        String receipt = payment.map(Payment::receiptNumber).orElse(null);
        payment.ifPresent(p -> {
            store.markPayment(p.id(), "REFUNDED", notification.amount() == null ? p.amount() : notification.amount());
            audit.record(AuditRecord.of("payment.reversed", subject(p.receiptNumber())).withBefore(p.status())
                    .withAfter("REFUNDED").withDetail(notification.status().name()));
        });
        reviews.raise("reversed:" + checkout.orderId() + ":" + notification.status(), PaymentReviews.Kind.REFUND,
                checkout.gateway(), checkout.orderId(), receipt, "%s %s at %s for invoice %s: the invoice is not reopened by itself"
                        .formatted(checkout.orderId(), notification.rawStatus(), checkout.gateway(), checkout.invoiceNumber()));
        return CallbackOutcome.RECORDED;
    }

    @Override
    public void rejected(PaymentMethod gateway, String orderId, String remoteAddress, String why) {
        log.warn("Rejected {} callback for order {} from {}: {}", gateway, orderId, remoteAddress, why);
        audit.record(AuditRecord.system("payment.callback.rejected", "gateway:" + gateway)
                .withDetail("order " + orderId + " from " + remoteAddress + ": " + why));
    }

    // ---------------------------------------------------------------- checkout

    @Override
    @PreAuthorize("hasAnyRole('CUSTOMER','ADMIN','FINANCE','CS')")
    public Checkout checkout(String invoiceNumber, PaymentMethod gateway, String channel) {
        Invoice invoice = invoices.get(invoiceNumber); // a CUSTOMER gets only their own
        if (gateway == null || !gateway.gateway()) {
            throw InvalidInputException.of("gateway", "payment.error.gateway");
        }
        GatewayClient client = gateways.find(gateway)
                .orElseThrow(() -> InvalidInputException.of("gateway", "payment.error.gateway-unavailable"));
        if (gateway == PaymentMethod.TRIPAY && (channel == null || channel.isBlank())) {
            throw InvalidInputException.of("channel", "payment.error.channel-required");
        }
        Money balance = invoice.balance();
        if (balance.rupiah() <= 0) {
            throw InvalidInputException.of("invoice", "payment.error.nothing-to-pay");
        }
        Customer customer = customers.findByCode(invoice.customerCode()).orElse(null);
        // three steps, so that no transaction and no invoice lock is held while the gateway answers (seconds, or
        // minutes with the route's retries): reserve the attempt's order id, call the gateway, store its answer
        Instant now = clock.instant();
        Attempt attempt = transactions.execute(tx -> reserveAttempt(invoiceNumber, gateway, channel, balance, now));
        if (attempt.reusable() != null) {
            return attempt.reusable();
        }
        GatewayClient.Created created;
        try {
            created = client.create(new GatewayClient.CheckoutRequest(attempt.orderId(), invoiceNumber, balance,
                    "Invoice " + invoiceNumber, customer == null ? invoice.customerCode() : customer.name(),
                    customer == null ? null : customer.email(), customer == null ? null : customer.phone(), channel,
                    now.plus(checkoutValidity)));
        } catch (RuntimeException e) {
            // the attempt is over; should the gateway have made the transaction anyway, its payment still counts
            // when the callback comes (FAILED may become PAID)
            transactions.executeWithoutResult(tx -> store.updateCheckout(attempt.id(), GatewayStatus.FAILED, null));
            throw e;
        }
        Checkout checkout = new Checkout(invoiceNumber, gateway, attempt.orderId(), balance, channel, created.redirectUrl(),
                GatewayStatus.PENDING, created.expiresAt() == null ? now.plus(checkoutValidity) : created.expiresAt());
        transactions.executeWithoutResult(tx -> {
            store.completeCheckout(attempt.id(), created.reference(), checkout.redirectUrl(), checkout.expiresAt());
            audit.record(AuditRecord.of("payment.checkout.created", "invoice:" + invoiceNumber).withAfter(checkout));
        });
        return checkout;
    }

    /** A pending checkout to send the customer to again, or the attempt row reserved for a new gateway call. */
    private record Attempt(Checkout reusable, long id, String orderId) {
    }

    /**
     * Under the invoice's lock, one attempt at a time per invoice: a pending unexpired checkout of the same gateway,
     * channel and amount is reused; otherwise the next order id ({@code <invoice>-<attempt>}) is reserved. A
     * reservation whose gateway call is still under way makes this request wait for the customer's next click
     * (busy); one left behind by a node that died during the call is expired once its time is up, and the next
     * attempt gets a fresh order id, since the gateway may have made a transaction under the old one.
     */
    private Attempt reserveAttempt(String invoiceNumber, PaymentMethod gateway, String channel, Money balance, Instant now) {
        store.lockInvoice(invoiceNumber);
        List<PaymentStore.CheckoutRow> attempts = store.checkoutsOf(invoiceNumber);
        for (PaymentStore.CheckoutRow attempt : attempts) {
            Checkout previous = attempt.checkout();
            if (attempt.reserved()) {
                if (previous.expiresAt() != null && previous.expiresAt().isAfter(now)) {
                    throw InvalidInputException.of("invoice", "payment.error.checkout-busy");
                }
                store.updateCheckout(attempt.id(), GatewayStatus.EXPIRED, null);
            } else if (previous.gateway() == gateway && previous.status() == GatewayStatus.PENDING
                    && Objects.equals(previous.channel(), channel) && previous.amount().equals(balance)
                    && (previous.expiresAt() == null || previous.expiresAt().isAfter(now.plusSeconds(60)))) {
                return new Attempt(previous, attempt.id(), previous.orderId());
            }
        }
        String orderId = invoiceNumber + "-" + (attempts.size() + 1);
        long id = store.reserveCheckout(invoiceNumber, gateway, orderId, balance, channel, now.plus(reservationTimeout));
        return new Attempt(null, id, orderId);
    }

    @Override
    @PreAuthorize("hasAnyRole('CUSTOMER','ADMIN','FINANCE','CS')")
    public List<PaymentChannel> channels() {
        return gateways.find(PaymentMethod.TRIPAY).map(tripay -> tripay.channels().stream().filter(PaymentChannel::active)
                .toList()).orElse(List.of());
    }

    // ---------------------------------------------------------------- manual payments

    @Override
    @PreAuthorize(MONEY_HANDLERS)
    @Transactional
    public Payment recordManual(ManualPayment manual) {
        if (manual.method() != PaymentMethod.CASH && manual.method() != PaymentMethod.BANK_TRANSFER) {
            throw InvalidInputException.of("method", "payment.error.manual-method");
        }
        if (manual.amount() == null || manual.amount().rupiah() <= 0) {
            throw InvalidInputException.of("amount", "payment.error.amount-positive");
        }
        String reference = manual.reference() == null || manual.reference().isBlank() ? null : manual.reference().strip();
        if (manual.method() == PaymentMethod.BANK_TRANSFER && reference == null) {
            throw InvalidInputException.of("reference", "payment.error.reference-required");
        }
        Invoice invoice;
        try {
            invoice = invoices.get(manual.invoiceNumber());
        } catch (NoSuchElementException e) {
            throw InvalidInputException.of("invoiceNumber", "payment.error.invoice-unknown");
        }
        if (invoice.status() == InvoiceStatus.VOID) {
            throw InvalidInputException.of("invoiceNumber", "payment.error.invoice-void");
        }
        Instant paidAt = manual.paidAt() == null ? clock.instant() : manual.paidAt();
        // a transfer saved again is refused before it takes a receipt number, which a rollback would not give back;
        // between two FINANCE people saving the same transfer at once, the unique (method, external_ref) decides
        if (reference != null && store.byExternalRef(manual.method(), reference).isPresent()) {
            throw InvalidInputException.of("reference", "payment.error.reference-used");
        }
        Payment payment = store.insertPayment(new Payment(0, store.nextReceiptNumber(PaymentStore.dayOf(paidAt, zone.zone())),
                        invoice.number(), invoice.customerCode(), manual.amount(), manual.method(), null, reference, paidAt,
                        AuditRecord.currentActor(), blankToNull(manual.note()), "APPLIED", Money.ZERO))
                .orElseThrow(() -> InvalidInputException.of("reference", "payment.error.reference-used"));
        invoices.applyPayment(new PaymentApplication(invoice.number(), payment.amount(), payment.receiptNumber(),
                payment.method().name(), paidAt));
        audit.record(AuditRecord.of("payment.recorded", subject(payment.receiptNumber())).withAfter(payment));
        return payment;
    }

    @Override
    @PreAuthorize("hasAnyRole('CUSTOMER','ADMIN','FINANCE','CS')")
    public byte[] receipt(String receiptNumber) {
        Payment payment = store.byReceipt(receiptNumber).orElseThrow(() -> new NoSuchElementException(receiptNumber));
        Invoice invoice = invoices.get(payment.invoiceNumber()); // a CUSTOMER gets only receipts of their own invoices
        return receipts.render(payment, invoice);
    }

    @Override
    @PreAuthorize("hasAnyRole('CUSTOMER','ADMIN','FINANCE','CS')")
    public List<Payment> ofInvoice(String invoiceNumber) {
        invoices.get(invoiceNumber); // ownership: "not found" for someone else's invoice
        return store.ofInvoice(invoiceNumber);
    }

    @Override
    @PreAuthorize("hasAnyRole('CUSTOMER','ADMIN','FINANCE','CS')")
    public List<Payment> ofCustomer(String customerCode) {
        if (!Role.callerIsStaff() && !customers.mine().code().equals(customerCode)) {
            throw new NoSuchElementException(customerCode);
        }
        return store.ofCustomer(customerCode);
    }

    @Override
    @PreAuthorize(STAFF)
    public List<Payment> recent(int offset, int limit) {
        return store.recent(Math.max(0, offset), Math.min(Math.max(limit, 1), 500));
    }

    @Override
    @PreAuthorize(MONEY_HANDLERS)
    public GatewayNotification checkStatus(String orderId) {
        PaymentStore.CheckoutRow row = store.checkout(orderId).orElseThrow(() -> new NoSuchElementException(orderId));
        GatewayClient client = client(row.checkout().gateway());
        GatewayNotification status = client.status(orderId);
        if (status != null && status.status() != null) {
            transactions.executeWithoutResult(tx -> accept(status));
        }
        return status;
    }

    @Override
    @PreAuthorize(MONEY_HANDLERS)
    public Payment refund(String receiptNumber, Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "payment.error.reason-required");
        }
        Payment payment = store.byReceipt(receiptNumber).orElseThrow(() -> new NoSuchElementException(receiptNumber));
        if (!payment.method().gateway()) {
            throw InvalidInputException.of("method", "payment.error.refund-manual");
        }
        Money refundable = payment.amount().minus(payment.refunded());
        if (amount == null || amount.rupiah() <= 0 || amount.compareTo(refundable) > 0) {
            throw InvalidInputException.of("amount", "payment.error.refund-amount");
        }
        Money refundedAfter = payment.refunded().plus(amount);
        // the key names the refund's running total: a retry of the same refund reuses it, a second part does not
        String refundKey = receiptNumber + "-R" + refundedAfter.rupiah();
        try {
            client(payment.method()).refund(payment.externalRef(), amount, reason, refundKey);
        } catch (UnsupportedOperationException e) {
            throw InvalidInputException.of("method", "payment.error.refund-unsupported");
        }
        return transactions.execute(tx -> {
            Payment current = store.lockByReceipt(receiptNumber).orElseThrow();
            if (current.refunded().compareTo(refundedAfter) < 0) {
                store.markPayment(current.id(), "REFUNDED", refundedAfter);
            }
            audit.record(AuditRecord.of("payment.refunded", subject(receiptNumber)).withBefore(current.refunded())
                    .withAfter(refundedAfter).withDetail(reason));
            return store.byReceipt(receiptNumber).orElseThrow();
        });
    }

    /** Applies a payment held for FINANCE (the review's "apply anyway"). */
    @PreAuthorize(MONEY_HANDLERS)
    @Transactional
    public Payment applyHeld(String receiptNumber, String note) {
        Payment payment = store.lockByReceipt(receiptNumber).orElseThrow(() -> new NoSuchElementException(receiptNumber));
        if (!"HELD".equals(payment.status())) {
            return payment;
        }
        invoices.applyPayment(new PaymentApplication(payment.invoiceNumber(), payment.amount(), payment.receiptNumber(),
                payment.method().name(), payment.paidAt()));
        store.markPayment(payment.id(), "APPLIED", payment.refunded());
        audit.record(AuditRecord.of("payment.held.applied", subject(receiptNumber)).withBefore("HELD").withAfter("APPLIED")
                .withDetail(note));
        return store.byReceipt(receiptNumber).orElseThrow();
    }

    @Override
    @PreAuthorize(STAFF)
    public List<StoredCallback> callbacks(int offset, int limit) {
        return store.recentCallbacks(Math.max(0, offset), Math.min(Math.max(limit, 1), 500));
    }

    private GatewayClient client(PaymentMethod gateway) {
        return gateways.of(gateway);
    }

    @Override
    @PreAuthorize(MONEY_HANDLERS)
    public ReconciliationResult reconcile(int days) {
        if (days < 1 || days > 90) {
            throw InvalidInputException.of("days", "payment.error.reconcile-days");
        }
        ReconciliationResult result = reconciliation.run(days);
        audit.record(AuditRecord.of("payment.reconciled", "payment:reconciliation").withAfter(result));
        return result;
    }

    static String subject(String receiptNumber) {
        return "payment:" + receiptNumber;
    }

    private static String amountText(Money amount) {
        return amount == null ? "?" : amount.format();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
