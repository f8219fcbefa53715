package id.arus.billing;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class InvoicesIT {

    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    AuditTrail audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Customer customer(String name) {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form(name + " " + tag));
        signIn("finance-" + tag, "FINANCE");
        return c;
    }

    private static InvoiceDraft draft(Customer c, long planFee, InvoiceLine... more) {
        List<InvoiceLine> lines = new java.util.ArrayList<>();
        lines.add(InvoiceLine.of(1, LineKind.PLAN_FEE, "Paket Rumah 20 Mbps", Money.idr(planFee)));
        lines.addAll(List.of(more));
        return new InvoiceDraft(c.code(), "SUB-" + c.code(), InvoicePurpose.MANUAL, null, null, null, false,
                "HOME-20", "Sleman", lines);
    }

    @Test
    void issuesWithNumberTaxDueDateSnapshotAndAudit() {
        Customer c = customer("Budi");
        Invoice issued = invoices.issue(draft(c, 150_000,
                new InvoiceLine(9, LineKind.DISCOUNT, "Diskon loyal", 1, Money.idr(-10_000), Money.idr(-10_000), null)));

        assertThat(issued.number()).matches("INV-\\d{4}-\\d{2}-\\d{6}");
        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.subtotal()).isEqualTo(Money.idr(140_000));
        assertThat(issued.taxBase()).isEqualTo(Money.idr(140_000));
        assertThat(issued.taxRate()).isEqualByComparingTo(new BigDecimal("11"));
        assertThat(issued.tax()).isEqualTo(Money.idr(15_400));
        assertThat(issued.total()).isEqualTo(Money.idr(155_400));
        assertThat(issued.lines()).extracting(InvoiceLine::position).containsExactly(1, 2);
        assertThat(issued.planCode()).isEqualTo("HOME-20");
        assertThat(issued.area()).isEqualTo("Sleman");
        assertThat(issued.dueDate()).isAfter(LocalDate.now().plusDays(8));
        assertThat(invoices.get(issued.number())).isEqualTo(issued);
        assertThat(invoices.search(new InvoiceQuery(issued.number(), null, null, null), 0, 10)).containsExactly(issued);
        assertThat(invoices.count(new InvoiceQuery(c.code(), InvoiceStatus.ISSUED, LocalDate.now().minusDays(1), null))).isEqualTo(1);
        assertThat(invoices.ofCustomer(c.code())).extracting(Invoice::number).containsExactly(issued.number());

        signIn("admin-" + tag, "ADMIN");
        assertThat(audit.search(new AuditQuery(null, null, null, "billing.invoice.issued", "invoice:" + issued.number()), 0, 5))
                .hasSize(1);
    }

    @Test
    void refusesBadDraftsNamingTheField() {
        Customer c = customer("Bad");
        assertThatThrownBy(() -> invoices.issue(new InvoiceDraft("CUST-999999999", null, InvoicePurpose.MANUAL, null, null,
                null, false, null, null, List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, "x", Money.idr(1000))))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("customerCode", List.of("billing.invoice.customer.unknown")));
        assertThatThrownBy(() -> invoices.issue(new InvoiceDraft(c.code(), null, InvoicePurpose.MANUAL, null, null, null,
                false, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("lines", List.of("billing.invoice.lines.required")));
        assertThatThrownBy(() -> invoices.issue(draft(c, 10_000,
                InvoiceLine.of(2, LineKind.DISCOUNT, "too much", Money.idr(-20_000)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("lines", List.of("billing.invoice.total.negative")));
        assertThatThrownBy(() -> invoices.issue(draft(c, 10_000,
                InvoiceLine.of(2, LineKind.DISCOUNT, "positive discount", Money.idr(5_000)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("lines[1]", List.of("billing.invoice.line.discount")));
        assertThat(invoices.ofCustomer(c.code())).isEmpty();
    }

    @Test
    void chargesALateFeeOncePerRuleAndRecomputesTax() {
        Customer c = customer("Late");
        Invoice issued = invoices.issue(draft(c, 100_000));

        Invoice charged = invoices.addLateFee(issued.number(), Money.idr(10_000), "BILL-020", "Denda keterlambatan");
        Invoice again = invoices.addLateFee(issued.number(), Money.idr(10_000), "BILL-020", "Denda keterlambatan");

        assertThat(charged.lines()).hasSize(2);
        assertThat(charged.lines().get(1).kind()).isEqualTo(LineKind.LATE_FEE);
        assertThat(charged.subtotal()).isEqualTo(Money.idr(110_000));
        assertThat(charged.tax()).isEqualTo(Money.idr(12_100));
        assertThat(charged.total()).isEqualTo(Money.idr(122_100));
        assertThat(again).isEqualTo(charged);
        assertThat(invoices.addLateFee(issued.number(), Money.idr(5_000), "BILL-021", "Denda kedua").total())
                .isEqualTo(Money.idr(127_650));
    }

    @Test
    void appliesAPaymentOnceThenPartialThenPaid() {
        Customer c = customer("Pay");
        Invoice issued = invoices.issue(draft(c, 100_000)); // total 111.000

        PaymentApplied part = invoices.applyPayment(new PaymentApplication(issued.number(), Money.idr(50_000), "RCP-" + tag + "-1", "CASH", Instant.now()));
        PaymentApplied repeat = invoices.applyPayment(new PaymentApplication(issued.number(), Money.idr(50_000), "RCP-" + tag + "-1", "CASH", Instant.now()));

        assertThat(part).isEqualTo(new PaymentApplied(issued.number(), InvoiceStatus.PARTIALLY_PAID, Money.idr(50_000), Money.ZERO, false));
        assertThat(repeat.repeated()).isTrue();
        assertThat(invoices.get(issued.number()).paid()).isEqualTo(Money.idr(50_000));
        assertThat(invoices.get(issued.number()).balance()).isEqualTo(Money.idr(61_000));

        PaymentApplied rest = invoices.applyPayment(new PaymentApplication(issued.number(), Money.idr(61_000), "RCP-" + tag + "-2", "MIDTRANS", Instant.now()));
        assertThat(rest.statusAfter()).isEqualTo(InvoiceStatus.PAID);
        Invoice paid = invoices.get(issued.number());
        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.paidAt()).isNotNull();
        assertThat(paid.balance()).isEqualTo(Money.ZERO);
        assertThat(invoices.payments(issued.number())).extracting(InvoicePayment::method).containsExactly("CASH", "MIDTRANS");
        assertThat(invoices.creditOf(c.code())).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> invoices.addLateFee(issued.number(), Money.idr(1000), "BILL-020", "late"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overpaymentBecomesCreditUsedOnTheNextInvoice() {
        Customer c = customer("Over");
        Invoice first = invoices.issue(draft(c, 100_000)); // 111.000

        PaymentApplied over = invoices.applyPayment(new PaymentApplication(first.number(), Money.idr(150_000), "RCP-" + tag + "-o", "TRIPAY", Instant.now()));
        assertThat(over.applied()).isEqualTo(Money.idr(111_000));
        assertThat(over.credited()).isEqualTo(Money.idr(39_000));
        assertThat(over.statusAfter()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoices.creditOf(c.code())).isEqualTo(Money.idr(39_000));
        assertThat(invoices.applyPayment(new PaymentApplication(first.number(), Money.idr(150_000), "RCP-" + tag + "-o", "TRIPAY", Instant.now())))
                .isEqualTo(new PaymentApplied(first.number(), InvoiceStatus.PAID, Money.idr(111_000), Money.idr(39_000), true));
        assertThat(invoices.creditOf(c.code())).isEqualTo(Money.idr(39_000));

        Invoice second = invoices.issue(draft(c, 100_000));
        assertThat(second.paid()).isEqualTo(Money.idr(39_000));
        assertThat(second.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(second.balance()).isEqualTo(Money.idr(72_000));
        assertThat(invoices.creditOf(c.code())).isEqualTo(Money.ZERO);
        assertThat(invoices.payments(second.number())).singleElement()
                .satisfies(p -> assertThat(p.method()).isEqualTo("CREDIT"));
    }

    @Test
    void voidsOnlyOpenUnpaidInvoicesWithAReason() {
        Customer c = customer("Void");
        Invoice open = invoices.issue(draft(c, 50_000));
        assertThatThrownBy(() -> invoices.voidInvoice(open.number(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        Invoice voided = invoices.voidInvoice(open.number(), "Salah paket");
        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.voidReason()).isEqualTo("Salah paket");
        assertThat(voided.balance()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> invoices.voidInvoice(open.number(), "again")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> invoices.applyPayment(new PaymentApplication(open.number(), Money.idr(1000), "RCP-" + tag + "-v", "CASH", Instant.now())))
                .isInstanceOf(IllegalStateException.class);

        Invoice partly = invoices.issue(draft(c, 50_000));
        invoices.applyPayment(new PaymentApplication(partly.number(), Money.idr(1000), "RCP-" + tag + "-p", "CASH", Instant.now()));
        assertThatThrownBy(() -> invoices.voidInvoice(partly.number(), "Salah"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", List.of("billing.invoice.void.paid")));

        signIn("cs-" + tag, "CS");
        assertThatThrownBy(() -> invoices.voidInvoice(partly.number(), "no right")).isInstanceOf(AccessDeniedException.class);
        assertThat(invoices.get(partly.number()).status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnInvoices() {
        signIn("admin-" + tag, "ADMIN");
        String alice = "alice-" + tag;
        Customer own = customers.createForAccount(TestCustomers.form("Alice " + tag), alice);
        Customer other = customers.create(TestCustomers.form("Bob " + tag));
        Invoice mine = invoices.issue(draft(own, 80_000));
        Invoice theirs = invoices.issue(draft(other, 90_000));

        signIn(alice, "CUSTOMER");
        assertThat(invoices.mine()).extracting(Invoice::number).containsExactly(mine.number());
        assertThat(invoices.get(mine.number()).total()).isEqualTo(mine.total());
        assertThat(invoices.pdf(mine.number())).startsWith("%PDF".getBytes());
        assertThatThrownBy(() -> invoices.get(theirs.number())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> invoices.pdf(theirs.number())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> invoices.search(InvoiceQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invoices.issue(draft(own, 1000))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invoices.applyPayment(new PaymentApplication(mine.number(), Money.idr(1), "x-" + tag, "CASH", null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
