package id.arus.payment;

import static id.arus.BenchFigures.loadAverage;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code ./bench/run.sh billing}: 20,000 signed gateway callbacks (system property {@code bench.callbacks}), 30 %
 * of them resends of another one, posted over HTTP by 12 client threads ({@code bench.callback.threads}) to the
 * running application's {@code /webhooks/midtrans} and {@code /webhooks/tripay}, half each, signed as the
 * gateways sign them. Every distinct callback pays one unpaid invoice that has a pending checkout; invoices and
 * checkouts are seeded with three SQL statements, the callbacks go the real way (HTTP, Camel route, signature
 * check, {@link PaymentCallbacks#accept}). A post that is not answered 2xx is posted again, at most three times,
 * as a gateway resends. Afterwards the database is counted: a callback is lost when its invoice is not paid or
 * its callback not stored, applied twice when an invoice has more than one payment or more than its total paid.
 * Prints BENCH lines; asserts only those counts, never a time.
 */
@ArusIT
class PaymentCallbackBench {

    private static final int CALLBACKS = Integer.getInteger("bench.callbacks", 20_000);
    private static final int THREADS = Integer.getInteger("bench.callback.threads", 12);
    private static final double DUPLICATE_SHARE = 0.3;
    private static final int RESENDS = 3;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void twentyThousandCallbacksWithDuplicatesApplyEachPaymentOnce() throws Exception {
        int distinct = (int) Math.round(CALLBACKS * (1 - DUPLICATE_SHARE));
        long seedStart = System.nanoTime();
        List<SeededCheckout> checkouts = seed(distinct);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        GatewayCalls gateways = new GatewayCalls(context, RESENDS);
        List<GatewayCalls.Call> calls = new ArrayList<>(CALLBACKS);
        checkouts.forEach(c -> calls.add(gateways.paid(c.gateway(), c.orderId(), c.amount())));
        Random random = new Random(5);
        for (int i = distinct; i < CALLBACKS; i++) {
            calls.add(calls.get(random.nextInt(distinct))); // a resend is the same bytes with the same signature
        }
        Collections.shuffle(calls, random);

        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        long postStart = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                        gateways.post(calls.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(30, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        double postSeconds = (System.nanoTime() - postStart) / 1e9;
        double load = loadAverage();

        String first = checkouts.get(0).invoiceNumber();
        String last = checkouts.get(checkouts.size() - 1).invoiceNumber();
        int lost = jdbc.sql("""
                        select count(*) from payment_checkout c join invoice i on i.number = c.invoice_number
                         where c.invoice_number between :first and :last
                           and (i.status <> 'PAID' or c.status <> 'PAID'
                                or not exists (select 1 from gateway_callback g where g.gateway = c.gateway
                                                  and g.order_id = c.order_id and g.status = 'PAID' and g.outcome = 'APPLIED'))""")
                .param("first", first).param("last", last).query(Integer.class).single();
        int appliedTwice = jdbc.sql("""
                        select count(*) from invoice i
                         where i.number between :first and :last
                           and (i.paid > i.total
                                or (select count(*) from invoice_payment p where p.invoice_id = i.id) > 1
                                or (select count(*) from payment p where p.invoice_number = i.number) > 1)""")
                .param("first", first).param("last", last).query(Integer.class).single();
        int stored = jdbc.sql("select count(*) from gateway_callback where order_id between :first and :last")
                .param("first", first + "-1").param("last", last + "-1").query(Integer.class).single();

        System.out.printf(Locale.ROOT, "BENCH billing callbacks_per_s %.0f callbacks/s%n", CALLBACKS / postSeconds);
        System.out.printf(Locale.ROOT, "BENCH billing callbacks_lost %d callbacks%n", lost + gateways.unanswered());
        System.out.printf(Locale.ROOT, "BENCH billing callbacks_applied_twice %d callbacks%n", appliedTwice);
        System.out.printf(Locale.ROOT, "BENCH billing callbacks_note %d posts (%d distinct, %d duplicates) by %d threads in %.1f s, "
                        + "%d posted again after a non-2xx answer, %d never answered 2xx, %d callbacks stored; "
                        + "%d invoices and checkouts seeded in %.1f s; load average %.1f%n",
                CALLBACKS, distinct, CALLBACKS - distinct, THREADS, postSeconds, gateways.resent(), gateways.unanswered(),
                stored, distinct, seedSeconds, load);

        assertThat(gateways.unanswered()).as("posts never answered 2xx").isZero();
        assertThat(lost).as("callbacks whose payment is not in the database").isZero();
        assertThat(appliedTwice).as("invoices paid more than once").isZero();
        assertThat(stored).as("one stored callback per key").isEqualTo(distinct);
    }

    /** An unpaid invoice with its pending checkout, as seeded. */
    private record SeededCheckout(String invoiceNumber, PaymentMethod gateway, String orderId, long amount) {
    }

    /**
     * {@code count} unpaid invoices of this month (numbers reserved through the month's counter, so invoices issued
     * afterwards continue after them), due in a month (no dunning starts for them meanwhile) and already delivered
     * (no mail), each with one plan-fee line and one pending checkout, alternately at Midtrans and at Tripay.
     */
    private List<SeededCheckout> seed(int count) {
        LocalDate today = LocalDate.now(JAKARTA);
        String month = String.format(Locale.ROOT, "%04d-%02d", today.getYear(), today.getMonthValue());
        int last = jdbc.sql("""
                        insert into invoice_counter (month, last_value) values (:month, :count)
                        on conflict (month) do update set last_value = invoice_counter.last_value + :count
                        returning last_value""")
                .param("month", month).param("count", count).query(Integer.class).single();
        int first = last - count + 1;
        jdbc.sql("""
                        insert into invoice (number, customer_id, customer_code, purpose, due_date, status, subtotal, tax_base,
                                             tax_rate, tax, total, delivered_at)
                        select 'INV-' || :month || '-' || lpad(n::text, 6, '0'), 800000000 + n, 'CB-C' || lpad(n::text, 6, '0'),
                               'MANUAL', :due, 'ISSUED', fee, fee, 11, fee * 11 / 100, fee + fee * 11 / 100, now()
                          from generate_series(:first, :last) as n, lateral (select 100000 + (n % 50) * 1000 as fee) as f""")
                .param("month", month).param("due", today.plusMonths(1)).param("first", first).param("last", last).update();
        jdbc.sql("""
                        insert into invoice_line (invoice_id, position, kind, description, quantity, unit_price, amount)
                        select id, 1, 'PLAN_FEE', 'Paket Rumah 20 Mbps', 1, subtotal, subtotal from invoice
                         where number between :first and :last""")
                .param("first", number(month, first)).param("last", number(month, last)).update();
        jdbc.sql("""
                        insert into payment_checkout (invoice_number, gateway, order_id, amount, channel, status, expires_at)
                        select number, case when id % 2 = 0 then 'MIDTRANS' else 'TRIPAY' end, number || '-1', total,
                               case when id % 2 = 0 then 'bca_va' else 'BRIVA' end, 'PENDING', now() + interval '1 day'
                          from invoice where number between :first and :last""")
                .param("first", number(month, first)).param("last", number(month, last)).update();
        jdbc.sql("analyze invoice").update();
        jdbc.sql("analyze payment_checkout").update();
        return jdbc.sql("""
                        select invoice_number, gateway, order_id, amount from payment_checkout
                         where invoice_number between :first and :last order by invoice_number""")
                .param("first", number(month, first)).param("last", number(month, last))
                .query((rs, n) -> new SeededCheckout(rs.getString(1), PaymentMethod.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4)))
                .list();
    }

    private static String number(String month, int n) {
        return String.format(Locale.ROOT, "INV-%s-%06d", month, n);
    }
}
