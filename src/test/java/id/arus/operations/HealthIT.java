package id.arus.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.arus.ArusIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@ArusIT
class HealthIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    WebApplicationContext context;
    @Autowired
    OperationsHealth health;

    @Test
    void everyComponentIsListedButItsDetailsOnlyForAdmins() {
        String body = http.getForObject("/actuator/health", String.class);
        for (String component : OperationsHealth.COMPONENTS) {
            assertThat(body).contains("\"" + component + "\":{\"status\":\"UP\"");
        }
        assertThat(body).doesNotContain("rejectedFiles").doesNotContain("bootstrapServers");
    }

    @Test
    void adminSeesTheDetailsOfEveryComponent() throws Exception {
        // built by hand from the shared context, so this test does not start a second one
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.kafka.details.nodes").value(1))
                .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
                .andExpect(jsonPath("$.components.rules.details.rules").isNumber())
                .andExpect(jsonPath("$.components.rules.details.rejectedFiles").isMap())
                .andExpect(jsonPath("$.components.routes.details.routes.platform-publish-integration-event").value("Started"))
                .andExpect(jsonPath("$.components.routes.details.rejectedFiles").isMap());
    }

    @Test
    void everyComponentGetsASeverityFromTheRules() {
        List<ComponentHealth> components = health.checkNow();
        assertThat(components).extracting(ComponentHealth::component).containsExactlyElementsOf(OperationsHealth.COMPONENTS);
        assertThat(components).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo("UP");
            assertThat(c.severity()).isNotNull();
            assertThat(c.reasons()).isNotEmpty().allMatch(r -> r.startsWith("OPS-"));
        });
    }
}
