package id.arus.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.shared.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The cockpit over real HTTP: only admins, signed in through Arus's own login, and no Camunda accounts. */
@ArusIT
class CamundaCockpitIT {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void accounts() {
        WorkflowTestUsers.ensure(jdbc, passwords, "wf-admin", "Wulan Admin", Role.ADMIN);
        WorkflowTestUsers.ensure(jdbc, passwords, "wf-noc", "Nanda NOC", Role.NOC);
    }

    @Test
    void anAdminSignedInToArusOpensTheCockpitAsTheirCamundaUser() throws Exception {
        HttpClient admin = signedIn("wf-admin");

        HttpResponse<String> cockpit = get(admin, COCKPIT);
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");

        // the webapp knows who it talks to (no Camunda login) and lets them into its apps
        HttpResponse<String> user = get(admin, "/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"wf-admin\"").contains("cockpit");

        HttpResponse<String> definitions = get(admin, "/camunda/api/engine/engine/default/process-definition/count?key=ShiftHandoverProcess");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).doesNotContain("\"count\":0");
    }

    @Test
    void otherStaffAreForbidden() throws Exception {
        HttpClient noc = signedIn("wf-noc");
        assertThat(get(noc, "/inbox").statusCode()).isEqualTo(200);
        assertThat(get(noc, COCKPIT).statusCode()).isEqualTo(403);
        assertThat(get(noc, "/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(403);
    }

    @Test
    void strangersAreSentToArusLogin() throws Exception {
        HttpResponse<String> response = get(client(), COCKPIT);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void theEngineKnowsArusUsersAndRolesAndNoDemoAccount() {
        assertThat(identity.isReadOnly()).isTrue();
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
        assertThat(identity.checkPassword("demo", "demo")).isFalse();
        assertThat(identity.checkPassword("wf-admin", WorkflowTestUsers.PASSWORD))
                .as("people sign in to Arus, never to the engine").isFalse();

        assertThat(identity.createUserQuery().userId("wf-noc").singleResult()).satisfies(u -> {
            assertThat(u.getFirstName()).isEqualTo("Nanda");
            assertThat(u.getLastName()).isEqualTo("NOC");
        });
        assertThat(identity.createUserQuery().memberOfGroup("NOC").list()).extracting(u -> u.getId()).contains("wf-noc")
                .doesNotContain("wf-admin");
        assertThat(identity.createGroupQuery().groupMember("wf-admin").list()).extracting(Group::getId).containsExactly("ADMIN");
        assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                .containsExactlyInAnyOrder("ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS", "CUSTOMER");
        assertThat(identity.createGroupQuery().groupId("camunda-admin").count()).isZero();
    }

    /** Signs in through Arus's login form, the way the browser does it (CSRF token from the page). */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = client();
        HttpResponse<String> page = get(client, "/login");
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(WorkflowTestUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return client;
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
