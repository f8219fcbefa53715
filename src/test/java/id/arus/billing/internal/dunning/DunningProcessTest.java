package id.arus.billing.internal.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.arus.billing.Invoice;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.policy.BillingRulesEngine;
import id.arus.catalog.PlanType;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerStatus;
import id.arus.notification.MailFailedException;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.notification.ShortMessage;
import id.arus.notification.ShortMessages;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shared.Money;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import id.arus.workflow.ProcessTestEngine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code processes/billing/dunning.bpmn} with the real delegates and the real rules of
 * {@code rules/billing/}; the other modules' APIs are mocks that remember the invoice's and the subscription's
 * state. The engine's clock moves from day to day as the job executor would see it.
 */
class DunningProcessTest {

    private static final String BPMN = "arus/processes/billing/dunning.bpmn";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    private static final String INVOICE = "INV-2026-11-000045";
    private static final String SUBSCRIPTION = "SUB-2026-000123";
    /** More than any test's jobs on one day; the job loop is bounded by it. */
    private static final int MAX_JOBS_PER_DAY = 50;

    @RegisterExtension
    static final ProcessTestEngine processes = ProcessTestEngine.start("DunningProcessTest",
            configuration -> configuration.setExpressionManager(new MockExpressionManager()));
    private static ProcessEngine engine = processes.engine();
    @RegisterExtension
    static ProcessEngineExtension extension = processes.extension();
    private static final BillingRulesEngine rules = new BillingRulesEngine();

    private final Invoices invoices = mock(Invoices.class);
    private final CustomerDirectory customers = mock(CustomerDirectory.class);
    private final SubscriptionManagement subscriptions = mock(SubscriptionManagement.class);
    private final Mailer mailer = mock(Mailer.class);
    private final ShortMessages shortMessages = mock(ShortMessages.class);
    private final LateFeeWaivers waivers = mock(LateFeeWaivers.class);
    private final List<String> mailed = new ArrayList<>();
    private final List<String> messaged = new ArrayList<>();

    private InvoiceStatus invoiceStatus = InvoiceStatus.ISSUED;
    private String category = "residential";
    private SubscriptionStatus subscriptionStatus = SubscriptionStatus.ACTIVE;
    private String subscriptionReason;
    private final List<Invoice> otherInvoices = new ArrayList<>();
    private DunningListener listener;

    @BeforeEach
    void wire() {
        DunningSettings settings = DunningSettings.of("R2/PT1S", 5, Duration.ofMillis(1), 30);
        DunningCalendar calendar = new DunningCalendar(() -> JAKARTA);
        DunningPolicy policy = new DunningPolicy(rules);
        DunningCases cases = new DunningCases(invoices, customers);
        ServiceRestorer restorer = new ServiceRestorer(subscriptions, invoices, calendar, settings);
        Mocks.register("dunningSettings", settings);
        Mocks.register("decideDunningDelegate", new DecideDunningDelegate(cases, policy, calendar, settings));
        Mocks.register("sendDunningReminderDelegate", new SendDunningReminderDelegate(cases,
                new DunningMessages(mailer, shortMessages, "https://isp.example"), calendar));
        Mocks.register("chargeLateFeeDelegate", new ChargeLateFeeDelegate(cases, policy, calendar, waivers, invoices));
        Mocks.register("suspendForNonPaymentDelegate", new SuspendForNonPaymentDelegate(cases, subscriptions));
        Mocks.register("terminateForNonPaymentDelegate", new TerminateForNonPaymentDelegate(cases, subscriptions));
        Mocks.register("restoreServiceDelegate", new RestoreServiceDelegate(cases, restorer));
        listener = new DunningListener(engine.getRuntimeService(), restorer, invoiceNumber -> true);

        when(invoices.get(INVOICE)).thenAnswer(call -> invoice(INVOICE, invoiceStatus, DUE));
        when(invoices.ofCustomer("CUST-000007")).thenAnswer(call -> {
            List<Invoice> all = new ArrayList<>(otherInvoices);
            all.add(invoice(INVOICE, invoiceStatus, DUE));
            return all;
        });
        when(customers.getById(7L)).thenAnswer(call -> new Customer(7L, "CUST-000007", "Siti Rahayu", "3273010101900001",
                "+6281234567890", "siti@example.id", "Jl. Merdeka 1", null, category, null, CustomerStatus.ACTIVE, null,
                Instant.now()));
        when(subscriptions.get(SUBSCRIPTION)).thenAnswer(call -> subscription());
        doAnswer(call -> {
            subscriptionStatus = SubscriptionStatus.SUSPENDED;
            subscriptionReason = "NON_PAYMENT (" + call.getArgument(2) + ")";
            return null;
        }).when(subscriptions).suspend(eq(SUBSCRIPTION), eq(SuspensionReason.NON_PAYMENT), anyString());
        doAnswer(call -> {
            subscriptionStatus = SubscriptionStatus.ACTIVE;
            subscriptionReason = null;
            return null;
        }).when(subscriptions).unsuspend(eq(SUBSCRIPTION), anyString());
        doAnswer(call -> {
            subscriptionStatus = SubscriptionStatus.TERMINATED;
            return null;
        }).when(subscriptions).terminate(eq(SUBSCRIPTION), anyString());
        doAnswer(call -> mailed.add(call.<OutgoingMail>getArgument(0).key())).when(mailer).send(any());
        doAnswer(call -> messaged.add(call.<ShortMessage>getArgument(0).key())).when(shortMessages).send(any());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private Invoice invoice(String number, InvoiceStatus status, LocalDate due) {
        Money total = Money.idr(222_000);
        return new Invoice(45L, number, 7L, "CUST-000007", SUBSCRIPTION, "HOME-20M", "Bandung", InvoicePurpose.RECURRING,
                due.minusDays(9), due.plusDays(21), Instant.parse("2026-12-01T00:00:00Z"), due, status, Money.idr(200_000),
                Money.idr(200_000), new BigDecimal("11.00"), Money.idr(22_000), total,
                status == InvoiceStatus.PAID ? total : Money.ZERO, status == InvoiceStatus.VOID ? "duplicate" : null, null, List.of());
    }

    private Subscription subscription() {
        return new Subscription(123L, SUBSCRIPTION, 7L, "CUST-000007", 3L, 1, PlanType.PPPOE, subscriptionStatus, "Bandung",
                1L, "siti", null, null, null, null, null, subscriptionReason, Instant.now(), Instant.now());
    }

    /** The clock at 00:05 in Jakarta on that day relative to the due date, then every job that is due runs. */
    private void day(int daysFromDue) {
        ClockUtil.setCurrentTime(Date.from(DUE.plusDays(daysFromDue).atStartOfDay(JAKARTA).plusMinutes(5).toInstant()));
        runDueJobs();
    }

    private void runDueJobs() {
        var management = engine.getManagementService();
        for (int run = 0; run < MAX_JOBS_PER_DAY; run++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("more than " + MAX_JOBS_PER_DAY + " jobs on one day");
    }

    private ProcessInstance startOnDay(int daysFromDue) {
        ClockUtil.setCurrentTime(Date.from(DUE.plusDays(daysFromDue).atStartOfDay(JAKARTA).plusMinutes(1).toInstant()));
        ProcessInstance dunning = engine.getRuntimeService().startProcessInstanceByKey(DunningVariables.PROCESS_KEY, INVOICE,
                DunningVariables.initial());
        day(daysFromDue);
        return dunning;
    }

    /** When the timer fires next, as days from the due date. */
    private long nextDecisionDay() {
        Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
        return java.time.temporal.ChronoUnit.DAYS.between(DUE, LocalDate.ofInstant(timer.getDuedate().toInstant(), JAKARTA));
    }

    private static String key(String rule) {
        return "dunning:" + INVOICE + ":" + rule;
    }

    @Test
    @Deployment(resources = BPMN)
    void remindsBeforeOnAndAfterTheDueDateByMailAndMessage() {
        ProcessInstance dunning = startOnDay(-3);
        assertThat(mailed).containsExactly(key("BILL-101"));
        assertThat(messaged).containsExactly(key("BILL-101"));
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Timer_NextDecision");
        assertThat(nextDecisionDay()).isZero();

        day(-1);
        assertThat(mailed).hasSize(1);
        day(0);
        assertThat(nextDecisionDay()).isEqualTo(3);
        day(3);
        assertThat(mailed).containsExactly(key("BILL-101"), key("BILL-102"), key("BILL-103"));
        assertThat(messaged).containsExactly(key("BILL-101"), key("BILL-102"), key("BILL-103"));
        assertThat(nextDecisionDay()).isEqualTo(4);
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Remind").hasNotPassed("Task_LateFee", "Task_Suspend");
        verify(invoices, never()).addLateFee(any(), any(), any(), any());
    }

    @Test
    @Deployment(resources = BPMN)
    void chargesTheLateFeeTheRulesDecideFourDaysAfterTheDueDate() {
        ProcessInstance dunning = startOnDay(-3);
        day(0);
        day(3);
        day(4);

        verify(invoices).addLateFee(INVOICE, Money.idr(10_000), "BILL-011", "Residential customers: flat Rp 10.000");
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_LateFee").hasNotPassed("Task_Suspend").isWaitingAt("Timer_NextDecision");
        assertThat(nextDecisionDay()).isEqualTo(7);
    }

    @Test
    @Deployment(resources = BPMN)
    void aWaivedInvoiceGoesThroughTheStepButIsNotCharged() {
        when(waivers.invoiceWaived(INVOICE)).thenReturn(true);
        ProcessInstance dunning = startOnDay(4);

        BpmnAwareTests.assertThat(dunning).hasPassed("Task_LateFee");
        verify(invoices, never()).addLateFee(any(), any(), any(), any());
    }

    @Test
    @Deployment(resources = BPMN)
    void suspendsAfterSevenDaysAndPaymentWhileSuspendedRestoresService() {
        ProcessInstance dunning = startOnDay(-3);
        day(0);
        day(3);
        day(4);
        day(7);
        verify(subscriptions).suspend(eq(SUBSCRIPTION), eq(SuspensionReason.NON_PAYMENT), anyString());
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(nextDecisionDay()).as("termination day").isEqualTo(60);

        day(8);
        invoiceStatus = InvoiceStatus.PAID;
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Task_Restore");
        runDueJobs();

        verify(subscriptions).unsuspend(eq(SUBSCRIPTION), anyString());
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.ACTIVE);
        BpmnAwareTests.assertThat(dunning).hasPassed("Boundary_InvoicePaid", "Task_Restore", "EndEvent_Settled").isEnded();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = BPMN)
    void restoringAsksAgainWhileTheSuspensionIsBusy() {
        ProcessInstance dunning = startOnDay(7);
        AtomicInteger refusals = new AtomicInteger();
        doAnswer(call -> {
            if (refusals.incrementAndGet() <= 3) {
                throw InvalidInputException.of("status", "subscription.busy");
            }
            subscriptionStatus = SubscriptionStatus.ACTIVE;
            return null;
        }).when(subscriptions).unsuspend(eq(SUBSCRIPTION), anyString());

        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        runDueJobs();

        assertThat(refusals).hasValue(4);
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.ACTIVE);
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Restore", "EndEvent_Settled").isEnded();
    }

    @Test
    @Deployment(resources = BPMN)
    void paymentRestoresALineStaffIsolatedForNonPaymentBeforeTheDunningDid() {
        ProcessInstance dunning = startOnDay(-3);
        day(0);
        day(3);
        verify(subscriptions, never()).suspend(any(), any(), any());
        subscriptionStatus = SubscriptionStatus.SUSPENDED;
        subscriptionReason = "NON_PAYMENT (isolated by finance)";

        invoiceStatus = InvoiceStatus.PAID;
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        runDueJobs();

        verify(subscriptions).unsuspend(eq(SUBSCRIPTION), anyString());
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.ACTIVE);
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Restore", "EndEvent_Settled").isEnded();
    }

    @Test
    @Deployment(resources = BPMN)
    void aLateStartDoesEverythingThatIsDueAtOnce() {
        ProcessInstance dunning = startOnDay(10);

        assertThat(mailed).containsExactly(key("BILL-103"));
        verify(invoices).addLateFee(eq(INVOICE), eq(Money.idr(10_000)), eq("BILL-011"), anyString());
        verify(subscriptions).suspend(eq(SUBSCRIPTION), eq(SuspensionReason.NON_PAYMENT), anyString());
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Remind", "Task_LateFee", "Task_Suspend").isWaitingAt("Timer_NextDecision");
    }

    @Test
    @Deployment(resources = BPMN)
    void paymentBeforeSuspensionEndsTheDunningAndTheRestoreStepChangesNothing() {
        ProcessInstance dunning = startOnDay(-3);
        day(0);
        day(3);

        invoiceStatus = InvoiceStatus.PAID;
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Task_Restore");
        runDueJobs();

        BpmnAwareTests.assertThat(dunning).hasPassed("Boundary_InvoicePaid", "Task_Restore", "EndEvent_Settled").isEnded();
        verify(subscriptions, never()).suspend(any(), any(), any());
        verify(subscriptions, never()).unsuspend(any(), any());
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    @Deployment(resources = BPMN)
    void aVoidedInvoiceEndsTheDunning() {
        ProcessInstance dunning = startOnDay(-3);

        invoiceStatus = InvoiceStatus.VOID;
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_VOIDED, "CUST-000007", SUBSCRIPTION);
        runDueJobs();

        BpmnAwareTests.assertThat(dunning).hasPassed("Boundary_InvoiceVoided", "Task_Restore", "EndEvent_Settled").isEnded();
        verify(subscriptions, never()).unsuspend(any(), any());
        day(0);
        assertThat(mailed).containsExactly(key("BILL-101"));
    }

    @Test
    @Deployment(resources = BPMN)
    void aPaymentThatArrivesWhileAStepIsPendingCancelsTheStep() {
        ClockUtil.setCurrentTime(Date.from(DUE.atStartOfDay(JAKARTA).plusMinutes(1).toInstant()));
        ProcessInstance dunning = engine.getRuntimeService().startProcessInstanceByKey(DunningVariables.PROCESS_KEY, INVOICE,
                DunningVariables.initial());
        // only the decision runs; the reminder's job is still waiting when the payment arrives
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().singleResult().getId());
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Task_Remind");

        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        runDueJobs();

        BpmnAwareTests.assertThat(dunning).hasPassed("EndEvent_Settled").isEnded();
        assertThat(mailed).isEmpty();
    }

    @Test
    @Deployment(resources = BPMN)
    void anInvoiceFoundPaidAtItsDecisionEndsTheLoop() {
        ProcessInstance dunning = startOnDay(-3);
        invoiceStatus = InvoiceStatus.PAID;

        day(0);

        BpmnAwareTests.assertThat(dunning).hasPassed("EndEvent_NothingOwed", "EndEvent_Done").isEnded();
        assertThat(mailed).containsExactly(key("BILL-101"));
    }

    @Test
    @Deployment(resources = BPMN)
    void terminatesSixtyDaysAfterTheDueDate() {
        ProcessInstance dunning = startOnDay(7);
        assertThat(nextDecisionDay()).isEqualTo(60);

        day(60);

        verify(subscriptions).terminate(eq(SUBSCRIPTION), anyString());
        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Terminate", "EndEvent_Terminated", "EndEvent_Done").isEnded();
    }

    @Test
    @Deployment(resources = BPMN)
    void corporateAccountsAreSuspendedLateAndNeverTerminated() {
        category = "corporate";
        ProcessInstance dunning = startOnDay(7);
        assertThat(nextDecisionDay()).isEqualTo(30);
        verify(invoices, never()).addLateFee(any(), any(), any(), any());

        day(30);
        verify(subscriptions).suspend(eq(SUBSCRIPTION), eq(SuspensionReason.NON_PAYMENT), anyString());
        assertThat(nextDecisionDay()).as("nothing more to do: looked at again after the recheck days").isEqualTo(60);
        day(60);
        day(90);

        verify(subscriptions, never()).terminate(any(), any());
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Timer_NextDecision");
    }

    @Test
    @Deployment(resources = BPMN)
    void anotherOverdueInvoiceKeepsTheSubscriptionIsolated() {
        otherInvoices.add(invoice("INV-2026-10-000012", InvoiceStatus.OVERDUE, DUE.minusMonths(1)));
        ProcessInstance dunning = startOnDay(7);

        invoiceStatus = InvoiceStatus.PAID;
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        runDueJobs();

        BpmnAwareTests.assertThat(dunning).hasPassed("Task_Restore").isEnded();
        verify(subscriptions, never()).unsuspend(any(), any());
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.SUSPENDED);
    }

    @Test
    @Deployment(resources = BPMN)
    void aReminderTheGatewayKeepsRefusingBecomesAnIncident() {
        doAnswer(call -> {
            throw new MailFailedException("SMTP 451 try later", null);
        }).when(mailer).send(any());
        ClockUtil.setCurrentTime(Date.from(DUE.atStartOfDay(JAKARTA).plusMinutes(1).toInstant()));
        ProcessInstance dunning = engine.getRuntimeService().startProcessInstanceByKey(DunningVariables.PROCESS_KEY, INVOICE,
                DunningVariables.initial());
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().singleResult().getId());
        String reminder = management.createJobQuery().singleResult().getId();

        int runs = 0;
        while (runs < 10 && management.createJobQuery().jobId(reminder).singleResult().getRetries() > 0) {
            assertThatThrownBy(() -> management.executeJob(reminder)).hasMessageContaining("SMTP 451");
            runs++;
        }

        assertThat(runs).as("the first run and the retries of the cycle R2").isBetween(2, 3);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(dunning.getId()).singleResult()
                .getIncidentMessage()).contains("SMTP 451");
        BpmnAwareTests.assertThat(dunning).isWaitingAt("Task_Remind");
    }

    @Test
    @Deployment(resources = BPMN)
    void aPaymentWithoutDunningRestoresASubscriptionIsolatedForNonPayment() {
        subscriptionStatus = SubscriptionStatus.SUSPENDED;
        subscriptionReason = "NON_PAYMENT";
        ClockUtil.setCurrentTime(Date.from(DUE.atStartOfDay(JAKARTA).toInstant()));

        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);
        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);

        verify(subscriptions).unsuspend(eq(SUBSCRIPTION), anyString());
        assertThat(subscriptionStatus).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    @Deployment(resources = BPMN)
    void aPaymentWithoutDunningLeavesOtherSuspensionsAlone() {
        subscriptionStatus = SubscriptionStatus.SUSPENDED;
        subscriptionReason = "ABUSE (spam)";

        listener.endDunning(INVOICE, DunningVariables.MSG_INVOICE_PAID, "CUST-000007", SUBSCRIPTION);

        verify(subscriptions, never()).unsuspend(any(), any());
    }
}
