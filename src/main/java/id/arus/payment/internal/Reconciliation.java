package id.arus.payment.internal;

import id.arus.payment.GatewayNotification;
import id.arus.payment.GatewayStatus;
import id.arus.payment.Payment;
import id.arus.payment.ReconciliationResult;
import id.arus.settings.OperatorZone;
import id.arus.shared.SystemIdentity;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily comparison of Arus's checkouts and payments with each gateway's word.
 *
 * <p>A scheduled job rather than a BPMN timer: it has no human step and nothing to wait for, and the human
 * part (one FINANCE review per difference) is already a process. Of several nodes, the one that claims the
 * day's row in {@code payment_reconciliation} runs it, in short transactions (no transaction or lock is held
 * while a gateway answers); a node that dies half-way leaves the rest to the next day, which compares the last
 * {@code days} again. Reviews are keyed by difference and order id, so a rerun raises nothing twice.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    /** The most checkouts one run compares (a bound on the loop; days of a busy ISP stay far below it). */
    static final int MAX_CHECKOUTS = 50_000;

    private final PaymentStore store;
    private final PaymentReviews reviews;
    private final GatewayClients gateways;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final OperatorZone zone;
    private final int dailyDays;
    private final Clock clock = Clock.systemUTC();

    Reconciliation(PaymentStore store, PaymentReviews reviews, GatewayClients gateways, JdbcClient jdbc,
                   TransactionTemplate transactions, OperatorZone zone,
                   @Value("${arus.payment.reconciliation-days:3}") int dailyDays) {
        this.store = store;
        this.reviews = reviews;
        this.gateways = gateways;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.zone = zone;
        this.dailyDays = dailyDays;
    }

    @Scheduled(cron = "${arus.payment.reconciliation-cron:0 30 2 * * *}", zone = "Asia/Jakarta")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        boolean claimed = jdbc.sql("insert into payment_reconciliation (run_day) values (?) on conflict do nothing")
                .param(Date.valueOf(today)).update() == 1;
        if (!claimed) {
            return; // another node runs today's
        }
        ReconciliationResult result = SystemIdentity.call("payment-reconciliation", () -> run(dailyDays));
        jdbc.sql("update payment_reconciliation set finished_at = now(), checked = ?, differences = ? where run_day = ?")
                .params(result.checked(), result.differences(), Date.valueOf(today)).update();
        log.info("Payment reconciliation {}: {}", today, result);
    }

    ReconciliationResult run(int days) {
        List<PaymentStore.CheckoutRow> checkouts = store.checkoutsSince(clock.instant().minus(Duration.ofDays(days)), MAX_CHECKOUTS);
        int differences = 0;
        int raised = 0;
        int unreachable = 0;
        for (PaymentStore.CheckoutRow row : checkouts) {
            String orderId = row.checkout().orderId();
            Optional<GatewayClient> client = gateways.find(row.checkout().gateway());
            GatewayNotification gateway;
            try {
                gateway = client.orElseThrow(() -> new IllegalStateException("no client")).status(orderId);
            } catch (RuntimeException e) {
                log.warn("Reconciliation: {} did not answer for {}: {}", row.checkout().gateway(), orderId, e.getMessage());
                unreachable++;
                continue;
            }
            Optional<Payment> payment = store.byExternalRef(row.checkout().gateway(), orderId);
            Optional<Difference> difference = compare(gateway, payment);
            if (difference.isPresent()) {
                differences++;
                Difference found = difference.get();
                String receipt = payment.map(Payment::receiptNumber).orElse(null);
                Boolean isNew = transactions.execute(tx -> reviews.raise("recon:" + found.kind() + ":" + orderId, found.kind(),
                        row.checkout().gateway(), orderId, receipt, found.detail()));
                if (Boolean.TRUE.equals(isNew)) {
                    raised++;
                }
            }
        }
        return new ReconciliationResult(checkouts.size(), differences, raised, unreachable);
    }

    /** A disagreement between the gateway's status and Arus's payment for one order. */
    record Difference(PaymentReviews.Kind kind, String detail) {
    }

    static Optional<Difference> compare(GatewayNotification gateway, Optional<Payment> arus) {
        String orderId = gateway.orderId();
        boolean gatewayPaid = gateway.status() == GatewayStatus.PAID;
        if (gatewayPaid && arus.isEmpty()) {
            return Optional.of(new Difference(PaymentReviews.Kind.GATEWAY_PAID_ARUS_NOT,
                    "%s: %s says paid (%s), Arus has no payment".formatted(orderId, gateway.gateway(), text(gateway))));
        }
        // an applied payment the gateway calls refunded or charged back is a difference too: Arus marks the payment
        // REFUNDED when the gateway's word reaches it, so still APPLIED means that word was lost
        if (arus.isPresent() && "APPLIED".equals(arus.get().status()) && !gatewayPaid) {
            return Optional.of(new Difference(PaymentReviews.Kind.ARUS_PAID_GATEWAY_NOT,
                    "%s: Arus applied %s (%s), %s says %s".formatted(orderId, arus.get().amount().format(),
                            arus.get().receiptNumber(), gateway.gateway(), gateway.rawStatus())));
        }
        if (gatewayPaid && gateway.amount() != null && !gateway.amount().equals(arus.get().amount())) {
            return Optional.of(new Difference(PaymentReviews.Kind.AMOUNT_DIFFERS,
                    "%s: %s says %s, Arus recorded %s (%s)".formatted(orderId, gateway.gateway(), gateway.amount().format(),
                            arus.get().amount().format(), arus.get().receiptNumber())));
        }
        return Optional.empty();
    }

    private static String text(GatewayNotification gateway) {
        return gateway.amount() == null ? gateway.rawStatus() : gateway.rawStatus() + " " + gateway.amount().format();
    }
}
