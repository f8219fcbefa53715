package id.arus.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.arus.ArusIT;
import id.arus.shared.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cockpit's single-page app really works behind Arus's login: its API calls (with the webapp's own
 * CSRF token, Spring's CSRF being off for /camunda) return data, and no Camunda sign-in form appears.
 */
@ArusIT
class CamundaCockpitBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anAdminSeesTheDeployedProcessesInTheCockpitWithoutASecondLogin() {
        WorkflowTestUsers.ensure(jdbc, passwords, "wf-admin", "Wulan Admin", Role.ADMIN);
        String base = "http://localhost:" + port;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
            page.setDefaultTimeout(60_000);

            page.navigate(base + "/camunda/app/cockpit/default/");
            page.waitForURL(Pattern.compile(".*/login.*"));
            page.locator("#vaadinLoginUsername input").fill("wf-admin");
            page.locator("#vaadinLoginPassword input").fill(WorkflowTestUsers.PASSWORD);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(Pattern.compile(".*:" + port + "/.*"));

            page.navigate(base + "/camunda/app/cockpit/default/#/processes");
            try {
                assertThat(page.getByText("Serah terima shift NOC").first())
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            } catch (AssertionError e) {
                // what the cockpit showed instead, for whoever reads the failure
                page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-processes-failed.png")));
                throw new AssertionError(e.getMessage() + "\nPage text: " + page.locator("body").innerText(), e);
            }
            assertThat(page.locator("input[name='username']")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/cockpit-processes.png")));
        }
    }
}
