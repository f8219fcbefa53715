package id.arus.subscription;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import id.arus.ArusIT;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerQuery;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.network.IpPools;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.TestRouters;
import id.arus.portal.PortalRegistration;
import id.arus.portal.PortalTestPlans;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.TaskInbox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 4's whole onboarding in Debian's Chromium, every human step through the screens: a visitor signs up
 * in the portal and uploads their KTP, customer service approves the documents in the inbox, a technician
 * records the installation, and the activation process provisions the line on a simulated RouterOS 7.16 that
 * the test registered as the NAS of the customer's site. The customer then sees the service active and online.
 * The test looks behind the screens only to find the subscription number, to wait for work the engine does in
 * the background, and to read the router's own state.
 */
@ArusIT
class OnboardingBrowserIT {

    /** Generous: a slow CI machine runs Vaadin in dev mode and the process on the application's job executor. */
    private static final Duration BACKGROUND = Duration.ofSeconds(90);
    private static final double UI_TIMEOUT_MS = 60_000;
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
    CustomerDirectory customers;
    @Autowired
    SubscriptionManagement subscriptions;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserStore userStore;
    @Autowired
    PasswordEncoder passwords;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Playwright playwright;
    private Browser browser;
    /** The page that is on screen now, for the failure report. */
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
    void aPortalSignUpBecomesAnActiveLineOnTheRouterAfterCsAndTheTechnicianCompleteTheirTasks() throws Exception {
        SimulatedRouter router = routers.get(RouterOsVersion.V7_16);
        String site = "Cimahi-" + tag;
        SystemIdentity.run("e2e-setup", () -> {
            long nas = registry.create(new NasForm("E2E " + tag, "127.0.0.1", router.port(), false, router.username(),
                    router.password(), site, null, NasRole.PRIMARY, null, null, null)).id();
            pools.createPool(nas, "e2e-" + tag, "10.93.0.10-10.93.0.20");
        });
        Plan plan = PortalTestPlans.sellable(catalog);
        PortalRegistration form = PortalTestPlans.registration(plan);
        TestUsers staff = new TestUsers(userStore, passwords);
        String cs = staff.create("e2e-cs", Role.CS);
        String technician = staff.create("e2e-tech", Role.TECHNICIAN);

        try {
            Page portal = phone();
            signUp(portal, form, plan, site);
            uploadKtp(portal);
            portal.locator("#portal-logout").click();
            portal.waitForURL(Pattern.compile(".*/login.*"));
            portal.context().close();

            List<Customer> signedUp = SystemIdentity.call("e2e-lookup", () -> customers.search(CustomerQuery.text(form.nik()), 0, 2));
            assertThat(signedUp).as("customers with NIK %s", form.nik()).hasSize(1);
            List<Subscription> registered = SystemIdentity.call("e2e-lookup", () -> subscriptions.ofCustomer(signedUp.get(0).code()));
            assertThat(registered).as("subscriptions of the new customer").hasSize(1);
            String number = registered.get(0).number();

            Page csPage = desk();
            signIn(csPage, cs);
            Locator verify = openTask(csPage, cs, number, "Periksa dokumen");
            verify.click();
            claim(csPage, cs, number);
            csPage.locator("#field-documentsApproved input").check();
            completeTask(csPage, number);
            signOut(csPage);

            Page techPage = desk();
            signIn(techPage, technician);
            openTask(techPage, technician, number, "Survei dan pemasangan").click();
            claim(techPage, technician, number);
            techPage.locator("#field-feasible input").check();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
            Locator date = techPage.locator("#field-installationDate input");
            date.fill(today.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
            date.press("Enter");
            // the picker took the typed date (it shows dates the Indonesian way, its value is ISO)
            assertThat(techPage.locator("#field-installationDate")).hasJSProperty("value", today.toString());
            techPage.locator("#field-cpeSerial input").fill("ZTEG" + tag.toUpperCase());
            techPage.locator("#field-cpeModel input").fill("ZTE F670L");
            techPage.locator("#field-latitude input").fill("-6.872100");
            techPage.locator("#field-longitude input").fill("107.542300");
            completeTask(techPage, number);
            signOut(techPage);

            // activation runs in the background: the router gets the secret, then the subscription is marked active
            NetworkTestSupport.await("the PPP secret of " + number + " on the router", BACKGROUND,
                    () -> secretOf(router, SystemIdentity.call("e2e-lookup", () -> subscriptions.get(number)).login()) != null);
            Subscription active = awaitStatus(number, SubscriptionStatus.ACTIVE);
            Map<String, String> secret = secretOf(router, active.login());
            assertThat(secret).as("the secret of %s", active.login()).isNotNull();
            assertThat(secret.get("profile")).isEqualTo(plan.profileName());
            assertThat(secret.get("remote-address")).isEqualTo(active.address());
            assertThat(active.cpeSerial()).isEqualTo("ZTEG" + tag.toUpperCase());
            assertThat(active.nasId()).isNotNull();
            NetworkTestSupport.await("the simulator to dial in " + active.login(), BACKGROUND,
                    () -> TestRouters.activeSession(router, active.login()));

            // the subscription API, asked as the customer outside a browser request, reports the session online
            NetworkTestSupport.signIn(form.username(), "CUSTOMER");
            assertThat(subscriptions.liveState(number).online()).as("live state of %s as its customer sees it", number).isTrue();
            SecurityContextHolder.clearContext();

            Page back = phone();
            back.navigate(base() + "/portal");
            back.waitForURL(Pattern.compile(".*/login.*"));
            fillLogin(back, form.username(), form.password());
            back.waitForURL(Pattern.compile(".*/portal/?(\\?.*)?$"));
            assertThat(back.locator("#portal-service-status-" + number)).hasText("Aktif");
            assertThat(back.locator("#portal-service-" + number)).containsText(number + " · " + active.login());
            // read inside the browser request, where the router is asked as the system on the customer's behalf
            assertThat(back.locator("#portal-live-" + number)).containsText("Online · IP " + active.address());
            // and today's traffic, counted from the session's start although no sample was taken yet
            assertThat(back.locator("#portal-live-" + number)).containsText(Pattern.compile("Hari ini: unduh [0-9.]+ (B|KB|MB)"));
            back.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/onboarding-portal-active.png"))
                    .setFullPage(true));
        } catch (AssertionError | RuntimeException e) {
            throw report(e);
        }
    }

    private void signUp(Page page, PortalRegistration form, Plan plan, String site) {
        page.navigate(base() + "/portal/daftar");
        page.locator("#signup-fullName input").fill(form.fullName());
        page.locator("#signup-nik input").fill(form.nik());
        page.locator("#signup-phone input").fill(form.phone());
        page.locator("#signup-email input").fill(form.email());
        page.locator("#signup-address textarea").fill(form.address());
        page.locator("#signup-location input").fill(form.location());
        page.locator("#signup-planId input").fill(plan.name());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(plan.name())).first().click();
        page.locator("#signup-site input").fill(site);
        page.locator("#signup-username input").fill(form.username());
        page.locator("#signup-password input").fill(form.password());
        page.locator("#signup-passwordRepeat input").fill(form.password());
        page.locator("#signup-consent input").check();
        page.locator("#signup-send").click();
        page.waitForURL(Pattern.compile(".*/portal\\?registered.*"));
        assertThat(page.locator("#portal-services")).containsText("Dalam pendaftaran");
    }

    private void uploadKtp(Page page) {
        page.navigate(base() + "/portal/dokumen");
        assertThat(page.locator("#documents-type")).containsText("KTP");
        page.locator("#documents-upload input[type=file]")
                .setInputFiles(new FilePayload("ktp-" + tag + ".png", "image/png", ktpPhoto()));
        assertThat(page.locator("#documents-grid")).containsText("ktp-" + tag + ".png");
        assertThat(page.locator("#documents-grid")).containsText("Menunggu pemeriksaan");
    }

    /** Waits until the engine has created the task, then finds it in the inbox by the subscription number. */
    private Locator openTask(Page page, String user, String number, String namePrefix) throws Exception {
        InboxFilter filter = InboxFilter.all().withBusinessKey(number);
        TestUsers staff = new TestUsers(userStore, passwords);
        NetworkTestSupport.await("task '" + namePrefix + "' of " + number + " for " + user, BACKGROUND, () -> {
            try {
                return staff.as(user, () -> inbox.tasks(filter, 0, 10)).stream().anyMatch(t -> t.name().startsWith(namePrefix));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        page.navigate(base() + "/inbox");
        page.locator("#filter-business-key input").fill(number);
        assertThat(page.locator("#inbox-count")).hasText(Pattern.compile("^1\\b"));
        // the grid may keep a hidden row of the unfiltered list in the page, so the link is matched by number too
        Locator link = page.locator("a.arus-task-link", new Page.LocatorOptions().setHasText(namePrefix))
                .filter(new Locator.FilterOptions().setHasText(number));
        assertThat(link).hasCount(1);
        return link;
    }

    private void claim(Page page, String user, String number) {
        page.waitForURL(Pattern.compile(".*/inbox/task/.+"));
        assertThat(page.locator("#task-business-key")).hasText(number);
        page.locator("#claim").click();
        assertThat(page.locator("#task-assignee")).hasText(user);
    }

    private void completeTask(Page page, String number) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/onboarding-task-" + number + "-"
                + page.locator("#task-name").innerText().split(" ")[0].toLowerCase() + ".png")).setFullPage(true));
        page.locator("#complete").click();
        page.waitForURL(Pattern.compile(".*/inbox$"));
        page.locator("#filter-business-key input").fill(number);
        assertThat(page.locator("#inbox-count")).hasText(Pattern.compile("^0\\b"));
    }

    private void signIn(Page page, String user) {
        page.navigate(base() + "/login");
        fillLogin(page, user, TestUsers.PASSWORD);
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));
    }

    private static void fillLogin(Page page, String user, String password) {
        page.locator("#vaadinLoginUsername input").fill(user);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    private void signOut(Page page) {
        // from a fresh page: the inbox filter sends its text lazily, and a sign-out click travelling in the same
        // request as that text fails the grid's refresh after the session is gone ("Internal error")
        page.navigate(base() + "/");
        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.context().close();
    }

    /** The customer's phone, in Bahasa Indonesia, in a browser context (cookies) of its own. */
    private Page phone() {
        return open(412, 915);
    }

    /** A staff desk: wide enough that the menu with sign-out stays open beside the view. */
    private Page desk() {
        return open(1280, 900);
    }

    private Page open(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("id-ID"));
        context.setDefaultTimeout(UI_TIMEOUT_MS);
        // dev mode's Copilot bar can sit over buttons near the bottom of the screen
        context.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const s = document.createElement('style');"
                + " s.textContent = 'copilot-main, vaadin-dev-tools { display: none !important; }';"
                + " document.head.appendChild(s); });");
        current = context.newPage();
        return current;
    }

    private Subscription awaitStatus(String number, SubscriptionStatus status) throws InterruptedException {
        NetworkTestSupport.await(number + " to be " + status, BACKGROUND,
                () -> SystemIdentity.call("e2e-lookup", () -> subscriptions.get(number)).status() == status);
        return SystemIdentity.call("e2e-lookup", () -> subscriptions.get(number));
    }

    private static Map<String, String> secretOf(SimulatedRouter router, String login) {
        if (login == null) {
            return null;
        }
        List<Map<String, String>> secrets = router.print("/ppp/secret");
        return secrets.stream().filter(s -> login.equals(s.get("name"))).findFirst().orElse(null);
    }

    /** A small but real PNG: a card-shaped image, as a phone camera would send a (much larger) KTP photo. */
    private static byte[] ktpPhoto() {
        BufferedImage image = new BufferedImage(86, 54, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3b, 0x82, 0xc4));
        g.fillRect(0, 0, 86, 54);
        g.setColor(Color.WHITE);
        g.fillRect(6, 14, 20, 26);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Saves what the browser showed when a step failed, and says where it is. */
    private AssertionError report(Throwable failure) {
        StringBuilder where = new StringBuilder(failure.getMessage() == null ? failure.toString() : failure.getMessage());
        if (current != null && !current.isClosed()) {
            try {
                Path dir = Files.createDirectories(Path.of("target/screenshots"));
                current.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("onboarding-failed.png")).setFullPage(true));
                String text = current.locator("body").innerText();
                Files.writeString(dir.resolve("onboarding-failed.txt"), current.url() + "\n\n" + text, StandardCharsets.UTF_8);
                where.append("\nAt ").append(current.url()).append(" (screenshot and text in target/screenshots/onboarding-failed.*)")
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
