package id.arus.network.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.arus.ArusIT;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.TestRouters;
import id.arus.network.internal.NasPollLeases;
import id.arus.network.internal.NasPoller;
import id.arus.network.internal.NasProber;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.SubscriberUsageSampler;
import id.arus.network.internal.TelemetrySender;
import id.arus.shared.Role;
import id.arus.shared.SystemIdentity;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In Debian's Chromium: the NAS page loads ECharts from the webjar and draws its charts (a canvas per
 * chart), and a new poll's figures are pushed to the open page.
 */
@ArusIT
class NasChartsBrowserIT {

    static final TestRouters simulators = new TestRouters();

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    NasManagement registry;
    @Autowired
    NasStore store;
    @Autowired
    NasPollLeases leases;
    @Autowired
    NasProber prober;
    @Autowired
    TelemetrySender sender;
    @Autowired
    SubscriberUsageSampler usage;

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    @Test
    void theNasPageDrawsItsChartsFromTheWebjar() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String noc = new TestUsers(users, passwords).create("charts-noc", Role.NOC);
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_20);
        Nas nas = SystemIdentity.call("charts-test", () -> registry.create(new NasForm("NAS Charts " + tag, "127.0.0.1",
                router.port(), false, router.username(), router.password(), "Lab", null, NasRole.PRIMARY, null, null, null)));
        String base = "http://localhost:" + port;

        try (NasPoller poller = new NasPoller(new NasPoller.Settings("charts-" + tag, Duration.ofSeconds(10), Duration.ofSeconds(3), 4,
                Duration.ofMinutes(15), Duration.ofMinutes(1)), store, leases, prober, sender, usage);
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            poller.pollRound().get(30, TimeUnit.SECONDS);
            Thread.sleep(300);
            poller.pollRound().get(30, TimeUnit.SECONDS);

            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("id-ID"));
            page.setDefaultTimeout(30_000);
            page.navigate(base + "/login");
            page.locator("#vaadinLoginUsername input").fill(noc);
            page.locator("#vaadinLoginPassword input").fill(TestUsers.PASSWORD);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));

            page.navigate(base + "/network/nas");
            page.locator("#nas-open-" + nas.id()).click();
            page.waitForURL(Pattern.compile(".*/network/nas/" + nas.id() + "$"));

            assertThat(page.locator("#nas-detail-status")).hasText("Online");
            assertThat(page.locator("#nas-chart-health canvas")).hasCount(1);
            assertThat(page.locator("#nas-chart-sessions canvas")).hasCount(1);
            assertThat(page.locator("#nas-chart-if-ether1 canvas")).hasCount(1);
            // a new poll reaches the open page without a reload: pushed within a refresh interval (10 s)
            String points = "() => document.querySelector('#nas-chart-health').$arusChart.getOption().xAxis[0].data.length";
            int before = ((Number) page.evaluate(points)).intValue();
            poller.pollRound().get(30, TimeUnit.SECONDS);
            page.waitForFunction("n => (" + points + ")() > n", before, new Page.WaitForFunctionOptions().setTimeout(30_000));

            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/nas-page.png")).setFullPage(true));
        }
    }
}
