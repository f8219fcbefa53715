package id.arus.billing.internal;

import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.billing.PaymentApplication;
import id.arus.shared.Money;
import id.arus.shared.SystemIdentity;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A handful of invoices on a fresh demo database, so the invoice screens and the portal's "Tagihan" have
 * something in every state: open, partly paid, paid (with an overpayment kept as credit), overdue, void.
 * The demo portal account {@code pelanggan} (the first demo customer) gets an open one to pay. Runs once,
 * after the customer demo data is in: a database with any invoice is left alone.
 */
@Component
@Profile("demo")
class InvoiceDemoData {

    private static final Logger log = LoggerFactory.getLogger(InvoiceDemoData.class);
    /** How long to wait for the customer demo data (it runs on the same start-up event). */
    static final int WAIT_ROUNDS = 60;

    private final Invoices invoices;
    private final JdbcClient jdbc;

    InvoiceDemoData(Invoices invoices, JdbcClient jdbc) {
        this.invoices = invoices;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnEmptyDatabase() {
        if (jdbc.sql("select exists (select 1 from invoice)").query(Boolean.class).single()) {
            return;
        }
        Thread seeder = new Thread(() -> {
            try {
                List<String> codes = awaitCustomers();
                if (codes.size() < 8) {
                    log.info("No demo invoices: the demo customers are not there");
                    return;
                }
                SystemIdentity.run("demo-data", () -> seed(codes));
                log.info("Created demo invoices for {} customers", codes.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("Demo invoices not (all) created: {}", e.toString());
            }
        }, "invoice-demo-data");
        seeder.setDaemon(true);
        seeder.start();
    }

    private List<String> awaitCustomers() throws InterruptedException {
        for (int round = 0; round < WAIT_ROUNDS; round++) {
            List<String> codes = jdbc.sql("select code from customer order by id limit 8").query(String.class).list();
            if (codes.size() == 8) {
                return codes;
            }
            Thread.sleep(2000);
        }
        return List.of();
    }

    private void seed(List<String> codes) {
        Invoice portal = issue(codes.get(0), "Paket Rumah 20 Mbps", 185_000, null);
        invoices.applyPayment(new PaymentApplication(portal.number(), Money.idr(50_000), "DEMO-CASH-1", "CASH", Instant.now()));
        issue(codes.get(0), "Biaya pemasangan", 250_000, "Diskon pemasangan");
        Invoice paid = issue(codes.get(1), "Paket Rumah 10 Mbps", 150_000, null);
        invoices.applyPayment(new PaymentApplication(paid.number(), Money.idr(170_000), "DEMO-TRANSFER-1", "BANK_TRANSFER", Instant.now()));
        Invoice late = issue(codes.get(2), "Paket Bisnis 50 Mbps", 450_000, null);
        jdbc.sql("update invoice set due_date = due_date - 20 where number = ?").param(late.number()).update();
        invoices.addLateFee(late.number(), Money.idr(25_000), "BILL-DEMO", "Denda keterlambatan");
        Invoice wrong = issue(codes.get(3), "Paket Rumah 20 Mbps", 185_000, null);
        invoices.voidInvoice(wrong.number(), "Salah paket, diganti tagihan baru");
        for (int i = 4; i < codes.size(); i++) {
            issue(codes.get(i), "Paket Rumah 10 Mbps", 150_000, null);
        }
    }

    private Invoice issue(String customerCode, String description, long price, String discount) {
        List<InvoiceLine> lines = discount == null
                ? List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, description, Money.idr(price)))
                : List.of(InvoiceLine.of(1, LineKind.INSTALLATION, description, Money.idr(price)),
                        InvoiceLine.of(2, LineKind.DISCOUNT, discount, Money.idr(-price / 5)));
        return invoices.issue(new InvoiceDraft(customerCode, null, InvoicePurpose.MANUAL, null, null, null, false, null, null, lines));
    }
}
