package id.arus.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.arus.ArusIT;
import id.arus.identity.internal.LoginProtection;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The identity screens on a phone-sized screen in Debian's Chromium, in Bahasa Indonesia. */
@ArusIT
class IdentityBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LoginProtection protection;

    TestUsers users;
    Playwright playwright;
    Browser browser;
    Page page;

    @BeforeEach
    void open() {
        users = new TestUsers(store, passwords);
        protection.resetMemory();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true));
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(412, 915).setLocale("id-ID"));
        page.setDefaultTimeout(30_000);
        // dev mode's Copilot bar sits over the bottom of a phone screen, where dialog buttons are
        page.addInitScript("document.addEventListener('DOMContentLoaded', () => {"
                + " const s = document.createElement('style');"
                + " s.textContent = 'copilot-main, vaadin-dev-tools { display: none !important; }';"
                + " document.head.appendChild(s); });");
    }

    @AfterEach
    void close() {
        browser.close();
        playwright.close();
        protection.resetMemory();
    }

    @Test
    void theLoginPageSaysLockedAfterRepeatedFailures() {
        String name = users.create("uilock", Role.CS);
        for (int i = 1; i <= 5; i++) {
            signIn(name, "salah-" + i);
            page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        }
        assertThat(page.locator("vaadin-login-form")).containsText("dikunci sementara");
    }

    @Test
    void anAdministratorCreatesAUserAndEveryoneEditsTheirProfileAndTokens() {
        String admin = users.create("uiadmin", Role.ADMIN);
        signIn(admin, TestUsers.PASSWORD);
        page.waitForURL(Pattern.compile(".*:" + port + "/?$"));

        page.navigate(base() + "/admin/users");
        page.locator("#users-new").click();
        String created = "uinew" + System.nanoTime() % 100000;
        page.locator("#user-username input").fill(created);
        page.locator("#user-fullName input").fill("Siti Nurhaliza");
        page.locator("#user-email input").fill(created + "@example.id");
        page.locator("#user-phone input").fill("0812 9999 8888");
        page.locator("#user-roles vaadin-checkbox", new Page.LocatorOptions().setHasText("Teknisi")).click();
        page.locator("#user-save").click();
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        page.locator("#users-search input").fill(created);
        assertThat(page.locator("#users-grid")).containsText("Siti Nurhaliza");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/users-phone.png")).setFullPage(true));

        page.navigate(base() + "/profile");
        page.locator("#profile-phone input").fill("0812-1234-5678");
        page.locator("#profile-save").click();
        assertThat(page.locator("#profile-phone input")).hasValue("+6281212345678");

        page.locator("#token-name input").fill("skrip cadangan");
        page.locator("#token-create").click();
        assertThat(page.locator("#token-secret")).containsText("arus_");
        assertThat(page.locator("#tokens")).containsText("skrip cadangan");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/profile-phone.png")).setFullPage(true));
    }

    @Test
    void aCustomerSeesTheirProfileButNotUserAdministration() {
        String customer = users.create("uicust", Role.CUSTOMER);
        signIn(customer, TestUsers.PASSWORD);
        page.waitForURL(Pattern.compile(".*:" + port + "/.*"));
        page.navigate(base() + "/profile");
        assertThat(page.locator("#profile-phone")).isVisible();
        page.navigate(base() + "/admin/users");
        assertThat(page.locator("#users-grid")).hasCount(0);
    }

    @Test
    void theResetPageAnswersTheSameForAnyAddress() {
        page.navigate(base() + "/password-reset");
        page.locator("#reset-email input").fill("tidak-ada-" + System.nanoTime() + "@example.id");
        page.locator("#reset-send").click();
        assertThat(page.locator("#reset-answer")).containsText("Jika alamat tersebut terdaftar");
    }

    private void signIn(String username, String password) {
        page.navigate(base() + "/login");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
