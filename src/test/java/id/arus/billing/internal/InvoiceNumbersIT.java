package id.arus.billing.internal;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.TestCustomers;
import id.arus.shared.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Gapless numbers: concurrent issuers get distinct consecutive numbers, and a rolled-back issue gives its number back. */
@ArusIT
class InvoiceNumbersIT {

    static final int ISSUERS = 6;
    static final int EACH = 5;

    @Autowired
    Invoices invoices;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void concurrentIssuersGetNoGapsAndNoDuplicates() throws Exception {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Numbers " + tag));
        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < ISSUERS; t++) {
                results.add(pool.submit(() -> {
                    signIn("finance-" + tag, "FINANCE");
                    try {
                        List<String> mine = new ArrayList<>();
                        for (int i = 0; i < EACH; i++) {
                            mine.add(invoices.issue(draft(c)).number());
                        }
                        return mine;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<List<String>> r : results) {
                numbers.addAll(r.get(5, TimeUnit.MINUTES));
            }
            assertThat(numbers).hasSize(ISSUERS * EACH);
            String month = numbers.iterator().next().substring(0, "INV-2026-11-".length());
            assertMonthIsGapless(month);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        signIn("cs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Rollback " + tag));
        signIn("finance-" + tag, "FINANCE");
        String[] lost = new String[1];
        try {
            transaction.executeWithoutResult(tx -> {
                lost[0] = invoices.issue(draft(c)).number();
                throw new IllegalStateException("the caller fails after issuing");
            });
        } catch (IllegalStateException expected) {
            // the issue rolled back with its caller
        }
        Invoice next = invoices.issue(draft(c));
        assertThat(next.number()).isEqualTo(lost[0]);
        assertMonthIsGapless(next.number().substring(0, "INV-2026-11-".length()));
    }

    private void assertMonthIsGapless(String monthPrefix) {
        List<Integer> sequences = jdbc.sql("select substring(number from 13)::int from invoice where number like ? order by 1")
                .param(monthPrefix + "%").query(Integer.class).list();
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).as("sequence at " + i).isEqualTo(i + 1);
        }
        String month = monthPrefix.substring(4, 11);
        assertThat(jdbc.sql("select last_value from invoice_counter where month = ?").param(month).query(Integer.class).single())
                .isEqualTo(sequences.size());
    }

    private static InvoiceDraft draft(Customer c) {
        return new InvoiceDraft(c.code(), null, InvoicePurpose.MANUAL, null, null, null, false, null, null,
                List.of(InvoiceLine.of(1, LineKind.INSTALLATION, "Pemasangan", Money.idr(250_000))));
    }
}
