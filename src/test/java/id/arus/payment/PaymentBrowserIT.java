package id.arus.payment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.arus.ArusIT;
import id.arus.billing.Invoice;
import id.arus.billing.InvoiceDraft;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.Invoices;
import id.arus.billing.LineKind;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.network.IpPools;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.portal.PortalRegistration;
import id.arus.portal.PortalSignUp;
import id.arus.portal.PortalTestPlans;
import id.arus.portal.SignedUp;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionManagement;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5's browser test, on a phone: a customer isolated for an unpaid, overdue invoice signs in to the portal,
 * opens the invoice, pays it on the Midtrans simulator's page (choosing "paid"), comes back to the portal and
 * sees the invoice paid and the service active again, while the simulated RouterOS 7.16 holds the plan's
 * profile again instead of the isolation profile. Everything before the browser is set up through the real
 * APIs (portal sign-up, the onboarding tasks, an issued invoice, suspension for non-payment); between the click
 * and the router, the simulator's signed notification, the payment, InvoicePaid and the dunning process's
 * unsuspension do their work in the background.
 */
@ArusIT
class PaymentBrowserIT {

    private static final Duration BACKGROUND = Duration.ofSeconds(90);
    private static final double UI_TIMEOUT_MS = 60_000;
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final TestRouters routers = new TestRouters();

    @LocalServerPort
    int port;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    NasManagement registry;
    @Autowired
    IpPools pools;
    @Autowired
    PortalSignUp signUp;
    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    TaskInbox inbox;
    @Autowired
    Invoices invoices;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Playwright playwright;
    private Browser browser;
    private Page current;

    @BeforeEach
    void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        playwright.close();
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    @Test
    void anIsolatedCustomerPaysAnOverdueInvoiceWithMidtransAndIsBackOnline() throws Exception {
        SimulatedRouter router = routers.get(RouterOsVersion.V7_16);
        String site = "Bayar-" + tag;
        SystemIdentity.run("e2e-setup", () -> {
            long nas = registry.create(new NasForm("Bayar " + tag, "127.0.0.1", router.port(), false, router.username(),
                    router.password(), site, null, NasRole.PRIMARY, null, null, null)).id();
            pools.createPool(nas, "bayar-" + tag, "10.94.0.10-10.94.0.20");
        });
        Plan plan = PortalTestPlans.sellable(catalog);
        PortalRegistration form = onSite(PortalTestPlans.registration(plan), site);
        SignedUp signedUp = signUpAnonymously(form);
        String number = signedUp.subscriptionNumber();

        Subscription active = SystemIdentity.call("e2e-setup", () -> {
            complete(number, "Periksa dokumen", Map.of("documentsApproved", true));
            complete(number, "Survei", Map.of("feasible", true, "installationDate", LocalDate.now(JAKARTA),
                    "cpeSerial", "ZTEG" + tag.toUpperCase(), "cpeModel", "ZTE F670L", "latitude", "-6.885100",
                    "longitude", "107.613400"));
            return awaitStatus(number, SubscriptionStatus.ACTIVE);
        });
        String login = active.login();
        assertThat(profileOf(router, login)).contains(plan.profileName());

        // last month's fee, due today (Invoices refuses a due date in the past) and unpaid; finance isolates for it
        LocalDate lastMonth = LocalDate.now(JAKARTA).withDayOfMonth(1).minusMonths(1);
        Invoice invoice = SystemIdentity.call("e2e-setup", () -> invoices.issue(new InvoiceDraft(signedUp.customerCode(),
                number, InvoicePurpose.RECURRING, lastMonth, lastMonth.plusMonths(1).minusDays(1),
                LocalDate.now(JAKARTA), plan.taxInclusive(), plan.code(), site,
                List.of(InvoiceLine.of(1, LineKind.PLAN_FEE, plan.name(), plan.price())))));
        SystemIdentity.run("e2e-setup", () -> subscriptions.suspend(number, SuspensionReason.NON_PAYMENT,
                "Tagihan " + invoice.number() + " belum dibayar"));
        awaitStatusAsSystem(number, SubscriptionStatus.SUSPENDED);
        NetworkTestSupport.await("the isolation profile on the router", BACKGROUND,
                () -> profileOf(router, login).filter("arus-isolir"::equals).isPresent());

        try {
            Page phone = phone();
            phone.navigate(base() + "/portal");
            phone.waitForURL(Pattern.compile(".*/login.*"));
            fillLogin(phone, form.username(), form.password());
            phone.waitForURL(Pattern.compile(".*/portal/?(\\?.*)?$"));
            assertThat(phone.locator("#portal-service-status-" + number)).hasText("Diisolir");
            assertThat(phone.locator("body")).containsText("Keterangan: Belum bayar (Tagihan " + invoice.number());

            openInvoice(phone, invoice.number());
            payWithMidtrans(phone);
            chooseOnSimulator(phone, "paid");
            awaitBackInPortal(phone, invoice.number());
            shot(phone, "payment-returned");

            // the notification, the payment and the unsuspension run in the background: the router is the proof
            NetworkTestSupport.await("the plan profile back on the router for " + login, BACKGROUND,
                    () -> profileOf(router, login).filter(plan.profileName()::equals).isPresent());
            assertThat(SystemIdentity.call("e2e-check", () -> invoices.get(invoice.number())).status())
                    .isEqualTo(InvoiceStatus.PAID);
            awaitStatusAsSystem(number, SubscriptionStatus.ACTIVE);

            // what the customer sees, after a fresh load of the portal
            openInvoice(phone, invoice.number());
            assertPaid(phone, invoice.number());
            phone.navigate(base() + "/portal");
            assertThat(phone.locator("#portal-service-status-" + number)).hasText("Aktif");
            shot(phone, "payment-service-active");
            assertThat(profileOf(router, login)).contains(plan.profileName());
        } catch (AssertionError | RuntimeException e) {
            throw report(e);
        }
    }

    // The portal's pay page (feat/paycore: /portal/bayar/<invoice>, the link in the invoice's mail and PDF) and the
    // Midtrans simulator's Snap page (feat/midtrans)

    private void openInvoice(Page page, String invoiceNumber) {
        page.navigate(base() + "/portal/bayar/" + invoiceNumber);
        assertThat(page.locator("#portal-pay")).containsText(invoiceNumber);
    }

    private static void payWithMidtrans(Page page) {
        assertThat(page.locator("#portal-pay-balance")).isVisible();
        page.locator("#portal-pay-midtrans").click();
    }

    /** On the simulator's Snap page: the customer picks the outcome (the simulator then notifies Arus, signed). */
    private static void chooseOnSimulator(Page page, String outcome) {
        page.waitForURL(Pattern.compile(".*/snap/v2/vtweb/.*"));
        shot(page, "payment-midtrans-simulator");
        page.locator("button[name=outcome][value=" + outcome.toUpperCase() + "]").click();
        assertThat(page.locator("body")).containsText("Notifikasi dikirim");
    }

    /** Back to the merchant: the page Snap's finish link leads to, which follows the invoice until it is paid. */
    private void awaitBackInPortal(Page page, String invoiceNumber) {
        page.navigate(base() + "/portal/bayar/" + invoiceNumber + "/selesai");
        assertThat(page.locator("#portal-pay-status")).containsText(
                Pattern.compile("^(?![\\s\\S]*belum lunas)[\\s\\S]*lunas", Pattern.CASE_INSENSITIVE));
    }

    private static void assertPaid(Page page, String invoiceNumber) {
        assertThat(page.locator("#portal-pay")).containsText(invoiceNumber);
        assertThat(page.locator("#portal-pay-balance")).hasCount(0);
        assertThat(page.locator("#portal-pay-midtrans")).hasCount(0);
    }

    private static PortalRegistration onSite(PortalRegistration r, String site) {
        return new PortalRegistration(r.username(), r.fullName(), r.nik(), r.phone(), r.email(), r.address(), r.location(),
                r.planId(), site, r.password(), r.passwordRepeat(), r.consented(), r.language());
    }

    private SignedUp signUpAnonymously(PortalRegistration form) {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            return signUp.register(form, "10.95.0." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Completes the onboarding task of the subscription whose name starts so, once the engine has created it. */
    private void complete(String number, String namePrefix, Map<String, Object> values) {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        try {
            NetworkTestSupport.await("task '" + namePrefix + "' of " + number, BACKGROUND,
                    () -> inbox.tasks(filter, 0, 10).stream().anyMatch(t -> t.name().startsWith(namePrefix)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        InboxTask task = inbox.tasks(filter, 0, 10).stream().filter(t -> t.name().startsWith(namePrefix)).findFirst().orElseThrow();
        inbox.complete(task.id(), values);
    }

    private Subscription awaitStatus(String number, SubscriptionStatus status) {
        try {
            NetworkTestSupport.await(number + " to be " + status, BACKGROUND, () -> subscriptions.get(number).status() == status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return subscriptions.get(number);
    }

    private Subscription awaitStatusAsSystem(String number, SubscriptionStatus status) {
        return SystemIdentity.call("e2e-check", () -> awaitStatus(number, status));
    }

    private static Optional<String> profileOf(SimulatedRouter router, String login) {
        return router.print("/ppp/secret").stream().filter(s -> login.equals(s.get("name"))).findFirst()
                .map(s -> s.get("profile"));
    }

    private static void fillLogin(Page page, String user, String password) {
        page.locator("#vaadinLoginUsername input").fill(user);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    /** The customer's phone, in Bahasa Indonesia. */
    private Page phone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(412, 915).setLocale("id-ID"));
        context.setDefaultTimeout(UI_TIMEOUT_MS);
        // dev mode's Copilot bar can sit over buttons near the bottom of the screen
        context.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const s = document.createElement('style');"
                + " s.textContent = 'copilot-main, vaadin-dev-tools { display: none !important; }';"
                + " document.head.appendChild(s); });");
        current = context.newPage();
        return current;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    /** Saves what the browser showed when a step failed, and says where it is. */
    private AssertionError report(Throwable failure) {
        StringBuilder where = new StringBuilder(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        if (current != null && !current.isClosed()) {
            try {
                Path dir = Files.createDirectories(Path.of("target/screenshots"));
                current.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("payment-failed.png")).setFullPage(true));
                String text = current.locator("body").innerText();
                Files.writeString(dir.resolve("payment-failed.txt"), current.url() + "\n\n" + text, StandardCharsets.UTF_8);
                where.append("\nAt ").append(current.url()).append(" (screenshot and text in target/screenshots/payment-failed.*)")
                        .append("\nPage text: ").append(text);
            } catch (IOException | RuntimeException e) {
                where.append("\n(no screenshot: ").append(e).append(')');
            }
        }
        return new AssertionError(where.toString(), failure);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
