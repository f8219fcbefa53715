package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
@WithMockUser(username = "nas-noc", roles = "NOC")
class NasConnectionIT {

    @Autowired
    NasManagement registry;
    @Autowired
    JdbcClient jdbc;
    static final TestRouters simulators = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private Nas register(String name, int port, String password) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", port, false, "admin", password, "Lab", null,
                NasRole.PRIMARY, null, null, null));
    }

    @Test
    void readsWhatTheRouterIsAndHowBusy() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V7_16);
        Nas nas = register("Probe 7.16", router.port(), router.password());

        NasProbe probe = registry.testConnection(nas.id());

        assertThat(probe.status()).isEqualTo(NasStatus.ONLINE);
        assertThat(probe.version()).isEqualTo(RouterOsVersion.V7_16.version());
        assertThat(probe.board()).isEqualTo(RouterOsVersion.V7_16.boardName());
        assertThat(probe.identity()).isEqualTo(router.identity());
        assertThat(probe.uptime()).isNotBlank();
        assertThat(probe.totalMemory()).isPositive();
        assertThat(probe.pppSessions()).isNotNull();
        assertThat(registry.statusHistory(nas.id(), 10)).extracting(NasStatusChange::status).containsExactly(NasStatus.ONLINE);
    }

    @Test
    void aWrongPasswordIsLoginRefusedAndTheHistoryKeepsOnlyChanges() {
        SimulatedRouter router = simulators.get(RouterOsVersion.V6_49);
        Nas nas = register("Probe wrong password", router.port(), "not-the-password");

        assertThat(registry.testConnection(nas.id()).status()).isEqualTo(NasStatus.LOGIN_REFUSED);
        assertThat(registry.testConnection(nas.id()).status()).isEqualTo(NasStatus.LOGIN_REFUSED);
        NasForm fixed = NasForm.of(nas);
        registry.update(nas.id(), new NasForm(fixed.name(), fixed.host(), fixed.apiPort(), false, fixed.username(),
                router.password(), fixed.site(), null, NasRole.PRIMARY, null, null, null));
        assertThat(registry.testConnection(nas.id()).status()).isEqualTo(NasStatus.ONLINE);

        assertThat(registry.statusHistory(nas.id(), 10)).extracting(NasStatusChange::status)
                .containsExactly(NasStatus.ONLINE, NasStatus.LOGIN_REFUSED);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'network.nas.status-changed' and subject = ?")
                .param("nas:" + nas.name()).query(Integer.class).single())
                .as("each change in the audit trail, the repeated refusal not").isEqualTo(2);
    }

    @Test
    void aRouterNobodyAnswersForIsUnreachable() throws IOException {
        int port = NetworkTestSupport.nowherePort();
        Nas nas = registry.create(new NasForm("Probe down " + tag, NetworkTestSupport.NOWHERE, port, false, "admin",
                "whatever-1", "Lab", null, NasRole.PRIMARY, null, null, null));

        NasProbe probe = registry.testConnection(nas.id());

        assertThat(probe.status()).isEqualTo(NasStatus.UNREACHABLE);
        assertThat(probe.detail()).contains(NetworkTestSupport.NOWHERE + ":" + port).doesNotContain("whatever-1");
    }
}
