package id.arus.billing.web;

import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceQuery;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices over REST. Thin on purpose: authorisation and validation live in {@link Invoices}, the same code
 * the screens use. A CUSTOMER token lists only their own invoices; anyone else's is 404.
 */
@RestController
@RequestMapping("/api/v1/invoices")
@SecurityRequirement(name = "bearer")
@Tag(name = "invoices")
class InvoiceApi {

    static final int DEFAULT_LIMIT = 50;

    private final Invoices invoices;

    InvoiceApi(Invoices invoices) {
        this.invoices = invoices;
    }

    record LineOut(int position, String kind, String description, int quantity, long unitPrice, long amount, String ruleCode) {
    }

    record InvoiceOut(String number, String customerCode, String subscriptionNumber, String planCode, String area,
                      String purpose, LocalDate periodStart, LocalDate periodEnd, Instant issuedAt, LocalDate dueDate,
                      String status, long subtotal, long taxBase, BigDecimal taxRate, long tax, long total, long paid,
                      long balance, String voidReason, Instant paidAt, List<LineOut> lines) {

        static InvoiceOut of(Invoice i) {
            return new InvoiceOut(i.number(), i.customerCode(), i.subscriptionNumber(), i.planCode(), i.area(),
                    i.purpose().name(), i.periodStart(), i.periodEnd(), i.issuedAt(), i.dueDate(), i.status().name(),
                    i.subtotal().rupiah(), i.taxBase().rupiah(), i.taxRate(), i.tax().rupiah(), i.total().rupiah(),
                    i.paid().rupiah(), i.balance().rupiah(), i.voidReason(), i.paidAt(),
                    i.lines().stream().map(l -> new LineOut(l.position(), l.kind().name(), l.description(), l.quantity(),
                            l.unitPrice().rupiah(), l.amount().rupiah(), l.ruleCode())).toList());
        }
    }

    record PageOut(long total, int offset, int count, List<InvoiceOut> items) {
    }

    /** A line to issue: amounts in whole rupiah; a DISCOUNT's unit price is negative. */
    record LineIn(String kind, String description, Integer quantity, Long unitPrice) {
    }

    /** An invoice to issue by hand. */
    record DraftIn(String customerCode, String subscriptionNumber, LocalDate dueDate, Boolean taxInclusive, List<LineIn> lines) {

        InvoiceDraft toDraft() {
            List<LineIn> given = lines == null ? List.of() : lines;
            List<InvoiceLine> converted = new java.util.ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                LineIn l = given.get(i);
                LineKind kind = kind(l.kind(), i);
                long price = l.unitPrice() == null ? 0 : l.unitPrice();
                int quantity = l.quantity() == null ? 1 : l.quantity();
                converted.add(new InvoiceLine(i + 1, kind, l.description(), quantity, Money.idr(price), Money.idr(price), null));
            }
            return new InvoiceDraft(customerCode, subscriptionNumber, InvoicePurpose.MANUAL, null, null, dueDate,
                    Boolean.TRUE.equals(taxInclusive), null, null, converted);
        }

        private static LineKind kind(String value, int index) {
            try {
                return LineKind.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("lines[" + index + "]", "billing.invoice.line.description");
            }
        }
    }

    record VoidIn(String reason) {
    }

    @GetMapping
    @Operation(summary = "Search invoices, newest first (ADMIN, FINANCE, CS); a CUSTOMER gets their own",
            description = "q matches number, customer code or subscription; issuedFrom/issuedTo are the operator's calendar days")
    PageOut search(@RequestParam(required = false) String q,
                   @Parameter(description = "ISSUED, PARTIALLY_PAID, PAID, OVERDUE or VOID") @RequestParam(required = false) String status,
                   @RequestParam(required = false) LocalDate issuedFrom,
                   @RequestParam(required = false) LocalDate issuedTo,
                   @RequestParam(defaultValue = "0") int offset,
                   @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (!Role.callerIsStaff()) {
            List<InvoiceOut> mine = invoices.mine().stream().map(InvoiceOut::of).toList();
            return new PageOut(mine.size(), 0, mine.size(), mine);
        }
        InvoiceQuery query = new InvoiceQuery(q, status(status), issuedFrom, issuedTo);
        List<InvoiceOut> items = invoices.search(query, offset, limit).stream().map(InvoiceOut::of).toList();
        return new PageOut(invoices.count(query), offset, items.size(), items);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One invoice with its lines (staff readers; a CUSTOMER only their own)")
    InvoiceOut get(@PathVariable String number) {
        return InvoiceOut.of(invoices.get(number));
    }

    @GetMapping(path = "/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice as PDF (same access as the invoice)")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        byte[] pdf = invoices.pdf(number);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number.toUpperCase(Locale.ROOT) + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @PostMapping
    @Operation(summary = "Issue an invoice by hand (ADMIN, FINANCE); number, tax and total are computed")
    ResponseEntity<InvoiceOut> issue(@RequestBody DraftIn body) {
        InvoiceOut issued = InvoiceOut.of(invoices.issue(body.toDraft()));
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + issued.number())).body(issued);
    }

    @PostMapping("/{number}/void")
    @Operation(summary = "Void an open invoice with nothing paid on it (ADMIN, FINANCE); a reason is required")
    InvoiceOut voidInvoice(@PathVariable String number, @RequestBody VoidIn body) {
        return InvoiceOut.of(invoices.voidInvoice(number, body == null ? null : body.reason()));
    }

    private static InvoiceStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "billing.invoice.status.unknown");
        }
    }
}
