package id.arus.mapping.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.arus.ArusIT;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.customer.CustomerQuery;
import id.arus.customer.TestCustomers;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.network.DistributionPoints;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.shared.GeoPoint;
import id.arus.shared.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** In Debian's Chromium: the staff map draws one marker per customer, router and distribution point. */
@ArusIT
class MapBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    NasManagement registry;
    @Autowired
    DistributionPoints points;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMapDrawsEveryCustomerRouterAndBox() {
        NetworkTestSupport.signIn("map-browser-admin-" + tag, "ADMIN");
        Nas nas = registry.create(new NasForm("NAS Layar " + tag, "layar-" + tag + ".isp.example", null, false, "api", "rahasia",
                "Layar-" + tag, "-7.650000, 110.350000", NasRole.PRIMARY, null, null, null));
        points.create("ODP-L-" + tag.toUpperCase(), "ODP Layar " + tag, nas.id(), new GeoPoint(-7.651, 110.351), 8);
        for (int i = 0; i < 3; i++) {
            CustomerForm f = TestCustomers.form("Layar " + i + " " + tag);
            customers.create(new CustomerForm(f.name(), f.nik(), f.phone(), null, f.address(),
                    new GeoPoint(-7.652 - i * 0.001, 110.352), "residential", null));
        }
        int expectedCustomers = customers.pins(new CustomerQuery(null, null, null, null, null)).size();
        int expectedRouters = (int) registry.list().stream().filter(r -> MapMarkers.placeOf(r, points.list()).isPresent()).count();
        int expectedPoints = (int) points.list().stream().filter(p -> p.location() != null).count();
        SecurityContextHolder.clearContext();
        String noc = new TestUsers(users, passwords).create("map-browser-noc", Role.NOC);

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1000).setLocale("id-ID"));
            page.setDefaultTimeout(30_000);
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            String base = "http://localhost:" + port;
            page.navigate(base + "/login");
            page.locator("#vaadinLoginUsername input").fill(noc);
            page.locator("#vaadinLoginPassword input").fill(TestUsers.PASSWORD);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));

            page.navigate(base + "/map");
            assertThat(page.locator("#map path.arus-marker-customers")).hasCount(expectedCustomers);
            assertThat(page.locator("#map .arus-marker-routers")).hasCount(expectedRouters);
            assertThat(page.locator("#map .arus-marker-odp")).hasCount(expectedPoints);
            assertThat(page.locator("#map-summary")).containsText(expectedCustomers + " pelanggan");
            assertThat(page.locator("#map-legend")).containsText("Diisolir");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/map-page.png")));
        }
    }
}
