package id.arus.payment.web;

import id.arus.payment.Checkout;
import id.arus.payment.ManualPayment;
import id.arus.payment.Payment;
import id.arus.payment.PaymentMethod;
import id.arus.payment.Payments;
import id.arus.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments over REST. Authorisation and validation are {@link Payments}'s: FINANCE and ADMIN record manual
 * payments, staff list, a CUSTOMER checks out and reads only their own invoices.
 */
@RestController
@RequestMapping("/api/v1/payments")
@SecurityRequirement(name = "bearer")
@Tag(name = "payments")
class PaymentsApi {

    private final Payments payments;

    PaymentsApi(Payments payments) {
        this.payments = payments;
    }

    /** A manual payment as posted; amount in whole rupiah. */
    record ManualPaymentJson(String invoiceNumber, long amount, PaymentMethod method, String reference, Instant paidAt,
                             String note) {
    }

    /** A checkout request: {@code gateway} MIDTRANS or TRIPAY; {@code channel} a Tripay channel code. */
    record CheckoutJson(String invoiceNumber, PaymentMethod gateway, String channel) {
    }

    /** A payment with amounts in whole rupiah. */
    record PaymentJson(String receiptNumber, String invoiceNumber, String customerCode, long amount, PaymentMethod method,
                       String channel, String externalRef, Instant paidAt, String recordedBy, String note, String status,
                       long refunded) {
        static PaymentJson of(Payment p) {
            return new PaymentJson(p.receiptNumber(), p.invoiceNumber(), p.customerCode(), p.amount().rupiah(), p.method(),
                    p.channel(), p.externalRef(), p.paidAt(), p.recordedBy(), p.note(), p.status(), p.refunded().rupiah());
        }
    }

    record CheckoutView(String invoiceNumber, PaymentMethod gateway, String orderId, long amount, String channel,
                        String redirectUrl, String status, Instant expiresAt) {
        static CheckoutView of(Checkout c) {
            return new CheckoutView(c.invoiceNumber(), c.gateway(), c.orderId(), c.amount().rupiah(), c.channel(),
                    c.redirectUrl(), c.status().name(), c.expiresAt());
        }
    }

    @GetMapping
    @Operation(summary = "Recent payments, newest first (ADMIN, FINANCE, CS); or one invoice's or customer's payments")
    List<PaymentJson> list(@RequestParam(required = false) String invoice, @RequestParam(required = false) String customer,
                           @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        List<Payment> found = invoice != null ? payments.ofInvoice(invoice)
                : customer != null ? payments.ofCustomer(customer) : payments.recent(offset, limit);
        return found.stream().map(PaymentJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Record a cash or bank-transfer payment and apply it (ADMIN, FINANCE)", description = """
            A transfer needs its bank reference, unique among transfers. More than the invoice's balance goes to the \
            customer's credit. Answers the payment with its receipt number.""")
    ResponseEntity<PaymentJson> record(@RequestBody ManualPaymentJson body) {
        Payment saved = payments.recordManual(new ManualPayment(body.invoiceNumber(), Money.idr(body.amount()), body.method(),
                body.reference(), body.paidAt(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + saved.receiptNumber())).body(PaymentJson.of(saved));
    }

    @GetMapping(value = "/{receiptNumber}/receipt", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt as PDF (staff, or the customer whose invoice it paid)")
    byte[] receipt(@PathVariable String receiptNumber) {
        return payments.receipt(receiptNumber);
    }

    @PostMapping("/checkout")
    @Operation(summary = "Start paying an invoice at a gateway: answers where to send the customer", description = """
            A CUSTOMER only for their own invoices. A pending, unexpired checkout for the same gateway and channel is \
            reused; otherwise a new order id (invoice number and attempt) is created at the gateway.""")
    CheckoutView checkout(@RequestBody CheckoutJson body) {
        return CheckoutView.of(payments.checkout(body.invoiceNumber(), body.gateway(), body.channel()));
    }
}
