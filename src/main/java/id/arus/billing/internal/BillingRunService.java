package id.arus.billing.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunFinished;
import id.arus.billing.BillingRunStatus;
import id.arus.billing.BillingRuns;
import id.arus.billing.internal.RunChunkWriter.DueInvoice;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recurring billing runs. A run holds a PostgreSQL advisory lock for its period on a connection of its own
 * for as long as it runs, so one period is billed by one run at a time across every node; a second caller
 * gets the running run. The due subscriptions are read page by page through the subscription module,
 * then invoiced in chunks of {@code arus.billing.run-chunk-size}, each chunk one transaction
 * ({@link RunChunkWriter}); a crash leaves the committed chunks, which the next run for the period skips.
 * A chunk that fails is retried one subscription at a time, so one bad subscription costs only itself.
 */
@Service
class BillingRunService implements BillingRuns, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BillingRunService.class);
    private static final String BILLING_STAFF = "hasAnyRole('ADMIN','FINANCE')";
    private static final String READERS = "hasAnyRole('ADMIN','FINANCE','CS')";
    /** SubscriptionManagement.listAfter gives at most this many per call. */
    private static final int PAGE = 1000;
    private static final int MAX_PAGES = 100_000;
    private static final int BUSY_WAIT_STEPS = 600;

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final BillingRunStore store;
    private final RunChunkWriter writer;
    private final RunInvoiceLines lines;
    private final SubscriptionManagement subscriptions;
    private final PlanCatalog plans;
    private final OperatorZone zone;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final BillingRunSettings settings;
    private final InvoiceSettings terms;
    private final CreditAfterRun credit;
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "billing-run");
        t.setDaemon(true);
        return t;
    });

    BillingRunService(DataSource dataSource, TransactionTemplate transactions, BillingRunStore store, RunChunkWriter writer,
                      RunInvoiceLines lines, SubscriptionManagement subscriptions, PlanCatalog plans, OperatorZone zone,
                      AuditTrail audit, ApplicationEventPublisher events, BillingRunSettings settings, InvoiceSettings terms, CreditAfterRun credit) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.store = store;
        this.writer = writer;
        this.lines = lines;
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.zone = zone;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.terms = terms;
        this.credit = credit;
    }

    @Override
    @PreAuthorize(BILLING_STAFF)
    public BillingRun start(LocalDate periodStart) {
        requirePeriodStart(periodStart);
        String actor = AuditRecord.currentActor();
        CompletableFuture<Long> started = new CompletableFuture<>();
        background.submit(() -> {
            try {
                execute(periodStart, "MANUAL", actor, started::complete);
            } catch (RuntimeException e) {
                log.error("The billing run for {} could not start", periodStart, e);
                started.completeExceptionally(e);
            }
        });
        try {
            return store.get(started.get(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the billing run", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The billing run for " + periodStart + " did not start", e);
        }
    }

    @Override
    @PreAuthorize(BILLING_STAFF)
    public BillingRun runNow(LocalDate periodStart, String trigger) {
        requirePeriodStart(periodStart);
        if (!"SCHEDULED".equals(trigger) && !"MANUAL".equals(trigger)) {
            throw InvalidInputException.of("trigger", "billingrun.error.trigger");
        }
        return store.get(execute(periodStart, trigger, AuditRecord.currentActor(), id -> { }));
    }

    @Override
    @PreAuthorize(READERS)
    public BillingRun get(long id) {
        return store.get(id);
    }

    @Override
    @PreAuthorize(READERS)
    public List<BillingRun> recent(int limit) {
        return store.recent(limit);
    }

    @Override
    @PreAuthorize(READERS)
    public Optional<BillingRun> running() {
        return store.running();
    }

    /** The period starts the daily timer has to run: every one since the last DONE run, up to today. */
    List<LocalDate> periodsToCatchUp() {
        LocalDate today = LocalDate.now(zone.zone());
        return BillingPeriods.startsToCatchUp(store.lastDonePeriod().orElse(null), today, settings.catchUpLimit());
    }

    private void requirePeriodStart(LocalDate periodStart) {
        if (periodStart == null) {
            throw InvalidInputException.of("periodStart", "billingrun.error.period-required");
        }
        if (!BillingPeriods.isAnyPeriodStart(periodStart)) {
            throw InvalidInputException.of("periodStart", "billingrun.error.not-period-start");
        }
        // prepaid invoices may go out ahead of their period, but no further than the next period start
        LocalDate today = LocalDate.now(zone.zone());
        if (periodStart.isAfter(today.withDayOfMonth(1).plusMonths(1))) {
            throw InvalidInputException.of("periodStart", "billingrun.error.too-far-ahead");
        }
    }

    /** Runs (or joins the running run of) the period on this thread; returns the run's id. */
    private long execute(LocalDate periodStart, String trigger, String actor, LongConsumer onStarted) {
        AdvisoryLocks.Key periodLock = AdvisoryLocks.of(AdvisoryLocks.Space.BILLING_RUN, periodStart.toEpochDay());
        try (Connection lock = dataSource.getConnection()) {
            for (int step = 0; step < BUSY_WAIT_STEPS; step++) {
                Optional<Long> ran = AdvisoryLocks.tryCall(lock, periodLock, () -> runLocked(periodStart, trigger, actor, onStarted));
                if (ran.isPresent()) {
                    return ran.get();
                }
                Optional<BillingRun> other = store.runningFor(periodStart);
                if (other.isPresent()) {
                    onStarted.accept(other.get().id());
                    return other.get().id();
                }
                pause();
            }
            throw new IllegalStateException("The billing run for " + periodStart + " stayed busy");
        } catch (SQLException e) {
            throw new IllegalStateException("No database connection for the billing run's lock", e);
        }
    }

    private long runLocked(LocalDate periodStart, String trigger, String actor, LongConsumer onStarted) {
        long id = transactions.execute(status -> {
            int interrupted = store.failInterrupted(periodStart);
            if (interrupted > 0) {
                log.warn("{} run(s) for {} had been interrupted; this run resumes them", interrupted, periodStart);
            }
            long runId = store.insert(periodStart, trigger, actor);
            audit.record(AuditRecord.by(actor, "billing.run.start", "billing-run:" + runId)
                    .withAfter(Map.of("periodStart", periodStart.toString(), "trigger", trigger)));
            return runId;
        });
        onStarted.accept(id);
        bill(id, periodStart);
        return id;
    }

    private void bill(long id, LocalDate periodStart) {
        try {
            LocalDate today = LocalDate.now(zone.zone());
            long readStart = System.nanoTime();
            List<Subscription> candidates = SystemIdentity.call("billing-run", this::activeAndSuspended);
            log.info("Billing run {}: {} active and suspended subscriptions read in {} ms", id, candidates.size(),
                    (System.nanoTime() - readStart) / 1_000_000);
            long priceStart = System.nanoTime();
            ZoneId operatorZone = zone.zone();
            Map<String, Plan> planVersions = new HashMap<>();
            List<DueInvoice> due = new ArrayList<>();
            int failed = 0;
            for (Subscription subscription : candidates) {
                try {
                    Plan plan = planVersions.computeIfAbsent(subscription.planId() + "/" + subscription.planVersion(),
                            key -> SystemIdentity.call("billing-run",
                                    () -> plans.version(subscription.planId(), subscription.planVersion())));
                    lines.dueInvoice(subscription, plan, periodStart, operatorZone).ifPresent(due::add);
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Billing run {}: subscription {} not invoiced: {}", id, subscription.number(), e.toString());
                }
            }
            log.info("Billing run {}: {} invoices priced in {} ms", id, due.size(), (System.nanoTime() - priceStart) / 1_000_000);
            store.setDue(id, due.size() + failed);
            if (failed > 0) {
                store.addCounts(id, 0, 0, failed, 0);
            }
            LocalDate dueDate = today.plusDays(terms.dueDays());
            int chunkSize = settings.chunkSize();
            long writeStart = System.nanoTime();
            for (int from = 0; from < due.size(); from += chunkSize) {
                writeChunk(id, due.subList(from, Math.min(due.size(), from + chunkSize)), today, dueDate);
            }
            log.info("Billing run {}: {} due subscriptions written in chunks of {} in {} ms", id, due.size(), chunkSize,
                    (System.nanoTime() - writeStart) / 1_000_000);
            BillingRun done = transactions.execute(status -> {
                store.finish(id, BillingRunStatus.DONE, null);
                BillingRun run = store.get(id);
                events.publishEvent(new BillingRunFinished(id, run.issued()));
                audit.record(AuditRecord.system("billing.run.done", "billing-run:" + id).withAfter(summary(run)));
                return run;
            });
            log.info("Billing run {} for {} done: {} due, {} issued, {} skipped, {} failed, total {}", id, periodStart,
                    done.due(), done.issued(), done.skipped(), done.failed(), done.total());
            credit.applyAfter(id);
        } catch (RuntimeException e) {
            log.error("Billing run {} for {} failed", id, periodStart, e);
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transactions.executeWithoutResult(status -> {
                store.finish(id, BillingRunStatus.FAILED, error);
                audit.record(AuditRecord.system("billing.run.failed", "billing-run:" + id).withDetail(error));
            });
        }
    }

    /** One transaction for the chunk; when it fails, one per subscription so only the bad ones fail. */
    private void writeChunk(long id, List<DueInvoice> chunk, LocalDate today, LocalDate dueDate) {
        try {
            transactions.executeWithoutResult(status -> writer.write(id, chunk, today, dueDate, terms.taxPolicy()));
        } catch (RuntimeException chunkFailure) {
            log.warn("Billing run {}: a chunk of {} failed ({}); invoicing its subscriptions one by one", id, chunk.size(),
                    chunkFailure.toString());
            for (DueInvoice one : chunk) {
                try {
                    transactions.executeWithoutResult(status -> writer.write(id, List.of(one), today, dueDate,
                            terms.taxPolicy()));
                } catch (RuntimeException e) {
                    log.warn("Billing run {}: subscription {} not invoiced: {}", id, one.subscriptionNumber(), e.toString());
                    store.addCounts(id, 0, 0, 1, 0);
                }
            }
        }
    }

    /** Every ACTIVE and SUSPENDED subscription, each once even if one changed status while reading. */
    private List<Subscription> activeAndSuspended() {
        Map<String, Subscription> found = new LinkedHashMap<>();
        for (SubscriptionStatus status : List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED)) {
            long after = 0;
            for (int page = 0; page < MAX_PAGES; page++) {
                List<Subscription> batch = subscriptions.listAfter(status, after, PAGE);
                batch.forEach(s -> found.putIfAbsent(s.number(), s));
                if (batch.size() < PAGE) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Map<String, Object> summary(BillingRun run) {
        return Map.of("periodStart", run.periodStart().toString(), "due", run.due(), "issued", run.issued(),
                "skipped", run.skipped(), "failed", run.failed(), "total", run.total().rupiah());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the running billing run", e);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
