package id.arus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

@ArusIT
class ApplicationStartsIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void servesTheLoginPageAndHealth() {
        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        assertThat(login.getStatusCode().is2xxSuccessful()).isTrue();
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        assertThat(health.getBody()).contains("\"status\":\"UP\"");
    }
}
