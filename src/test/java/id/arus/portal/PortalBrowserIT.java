package id.arus.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.arus.ArusIT;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** A customer signs up in the portal on a phone-sized screen in Debian's Chromium, in Bahasa Indonesia. */
@ArusIT
class PortalBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    PlanCatalog catalog;

    Playwright playwright;
    Browser browser;
    Page page;

    @BeforeEach
    void open() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true));
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(412, 915).setLocale("id-ID"));
        page.setDefaultTimeout(30_000);
        // dev mode's Copilot bar sits over the bottom of a phone screen
        page.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const s = document.createElement('style');"
                + " s.textContent = 'copilot-main, vaadin-dev-tools { display: none !important; }';"
                + " document.head.appendChild(s); });");
    }

    @AfterEach
    void close() {
        browser.close();
        playwright.close();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCustomerSignsUpIsSignedInAndSeesTheirServiceBeingRegistered() {
        Plan plan = PortalTestPlans.sellable(catalog);
        PortalRegistration form = PortalTestPlans.registration(plan);

        page.navigate("http://localhost:" + port + "/portal/daftar");
        page.locator("#signup-fullName input").fill(form.fullName());
        page.locator("#signup-nik input").fill(form.nik());
        page.locator("#signup-phone input").fill(form.phone());
        page.locator("#signup-email input").fill(form.email());
        page.locator("#signup-address textarea").fill(form.address());
        page.locator("#signup-location input").fill(form.location());
        page.locator("#signup-planId input").fill(plan.name());
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(plan.name())).first().click();
        page.locator("#signup-site input").fill("Bandung");
        page.locator("#signup-username input").fill(form.username());
        page.locator("#signup-password input").fill(form.password());
        page.locator("#signup-passwordRepeat input").fill("lain-sekali-123");
        page.locator("#signup-consent input").check();
        page.locator("#signup-send").click();
        assertThat(page.locator("#signup-passwordRepeat")).containsText("Kedua kata sandi tidak sama");

        page.locator("#signup-passwordRepeat input").fill(form.password());
        page.locator("#signup-send").click();

        page.waitForURL(Pattern.compile(".*/portal\\?registered.*"));
        assertThat(page.locator("#portal-welcome")).containsText("Pendaftaran Anda sudah kami terima");
        assertThat(page.locator("#portal-services")).containsText("Dalam pendaftaran");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-signed-up-phone.png")).setFullPage(true));

        // the session is a real sign-in: another portal page opens without the login form
        page.navigate("http://localhost:" + port + "/portal/dokumen");
        assertThat(page.locator("#documents-limits")).containsText("5.0 MB");
        page.locator("#portal-logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
    }
}
