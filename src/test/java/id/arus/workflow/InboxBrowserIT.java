package id.arus.workflow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.arus.ArusIT;
import id.arus.shared.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A NOC operator on a phone-sized screen works a handover from the inbox to done, in Debian's Chromium. */
@ArusIT
class InboxBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    RuntimeService runtime;

    @Test
    void nocClaimsAndCompletesAHandoverThroughItsForm() {
        WorkflowTestUsers.ensure(jdbc, passwords, "wf-noc", "Nanda NOC", Role.NOC);
        String businessKey = "SHIFT-UI-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("ShiftHandoverProcess", businessKey);
        String base = "http://localhost:" + port;

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(412, 915).setLocale("id-ID"));
            page.setDefaultTimeout(30_000);

            page.navigate(base + "/login");
            page.locator("#vaadinLoginUsername input").fill("wf-noc");
            page.locator("#vaadinLoginPassword input").fill(WorkflowTestUsers.PASSWORD);
            page.locator("vaadin-button[slot='submit']").click();
            page.waitForURL(Pattern.compile(".*:" + port + "/?$"));

            page.navigate(base + "/inbox");
            page.locator("#filter-business-key input").fill(businessKey);
            assertThat(page.locator("#inbox-count")).hasText(Pattern.compile("^1\\b"));
            Locator link = page.locator("a.arus-task-link", new Page.LocatorOptions().setHasText("Tulis catatan serah terima"));
            assertThat(link).hasCount(1);
            link.click();

            page.waitForURL(Pattern.compile(".*/inbox/task/.+"));
            assertThat(page.locator("#task-business-key")).hasText(businessKey);
            assertThat(page.locator("#task-history")).containsText("Shift berakhir");
            page.locator("#claim").click();
            assertThat(page.locator("#task-assignee")).hasText("wf-noc");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/task-phone.png")).setFullPage(true));

            // the required summary is left empty first: the field says so and nothing is completed
            page.locator("#complete").click();
            assertThat(page.locator("#field-summary")).hasAttribute("invalid", "");
            page.locator("#field-summary textarea").fill("Shift malam aman, semua link normal.");
            page.locator("#field-openIncidents input").fill("0");
            page.locator("#complete").click();

            page.waitForURL(Pattern.compile(".*/inbox$"));
            page.locator("#filter-business-key input").fill(businessKey);
            assertThat(page.locator("#inbox-count")).hasText(Pattern.compile("^0\\b"));
            assertThat(page.locator("a.arus-task-link", new Page.LocatorOptions().setHasText("Tulis catatan serah terima"))
                    .filter(new Locator.FilterOptions().setHasText(businessKey))).hasCount(0);

            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/inbox-phone.png")));
            // on a phone the menu (with sign-out) sits behind the drawer toggle
            page.locator("vaadin-drawer-toggle").click();
            page.locator("#logout").click();
            page.waitForURL(Pattern.compile(".*/login.*"));
        }
        org.assertj.core.api.Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .as("no open incidents: the handover ended").isZero();
    }
}
