package id.arus.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Menu behaviour beyond PPP secrets, in raw words on the 7.20 behaviour. */
class RouterSimulatorMenusTest {

    private SimulatedRouter router;
    private RawApiSocket raw;

    @BeforeEach
    void start() throws Exception {
        router = SimulatedRouter.builder(RouterOsVersion.V7_20).tlsPort(-1).dialInDelay(Duration.ofSeconds(-1)).start();
        raw = new RawApiSocket(router.port(), 3000);
        raw.login(router);
    }

    @AfterEach
    void stop() throws Exception {
        raw.close();
        router.close();
    }

    private List<List<String>> run(String... words) throws Exception {
        raw.send(words);
        return raw.readUntilDone();
    }

    @Test
    void logsAHotspotUserInAndOutWhenDisabled() throws Exception {
        run("/ip/hotspot/user/profile/add", "=name=voucher-1h", "=shared-users=1", "=rate-limit=2M/2M");
        run("/ip/hotspot/user/add", "=name=V-1234", "=password=9876", "=profile=voucher-1h", "=limit-uptime=1h");
        assertThat(run("/ip/hotspot/active/login", "=user=V-1234", "=password=salah").get(0))
                .contains("=message=failure: invalid username or password");
        assertThat(run("/ip/hotspot/active/login", "=user=V-1234", "=password=9876", "=ip=10.5.50.9").get(0).get(1)).startsWith("=ret=*");
        assertThat(run("/ip/hotspot/active/print", "?user=V-1234", "=.proplist=address").get(0)).containsExactly("!re", "=address=10.5.50.9");
        run("/ip/hotspot/user/disable", "=numbers=V-1234");
        assertThat(run("/ip/hotspot/active/print")).containsExactly(List.of("!empty"), List.of("!done"));
    }

    @Test
    void unsetsGetsAndCountsBySecretName() throws Exception {
        run("/ppp/secret/add", "=name=budi", "=password=x", "=remote-address=10.10.0.50", "=disabled=yes");
        run("/ppp/secret/add", "=name=sari", "=password=y");
        assertThat(run("/ppp/secret/get", "=number=budi", "=value-name=remote-address")).containsExactly(List.of("!done", "=ret=10.10.0.50"));
        run("/ppp/secret/unset", "=numbers=budi", "=value-name=remote-address");
        assertThat(run("/ppp/secret/print", "?remote-address", "=count-only=")).containsExactly(List.of("!done", "=ret=0"));
        assertThat(run("/ppp/secret/print", "?disabled=true", "=count-only=")).containsExactly(List.of("!done", "=ret=1"));
        assertThat(run("/ppp/secret/set", "=numbers=sari", "=name=budi").get(0))
                .contains("=message=failure: secret with the same name already exists");
        run("/ppp/secret/set", "=numbers=sari", "=name=sari2");
        assertThat(run("/ppp/secret/print", "?name=sari2", "=.proplist=password").get(0)).containsExactly("!re", "=password=y");
    }

    @Test
    void givesASecretItsOwnRemoteAddressWhenItDialsIn() throws Exception {
        run("/ppp/secret/add", "=name=tono", "=password=x", "=remote-address=10.20.0.7");
        assertThat(router.dialIn("tono")).isTrue();
        assertThat(router.dialIn("tono")).as("one session per secret").isFalse();
        assertThat(run("/ppp/active/print", "=.proplist=name,address").get(0)).containsExactly("!re", "=name=tono", "=address=10.20.0.7");
        assertThat(run("/ppp/active/add", "=name=x").get(0)).contains("=message=no such command");
    }

    @Test
    void keepsTheBuiltInProfiles() throws Exception {
        assertThat(run("/ppp/profile/remove", "=numbers=default").get(0)).contains("=message=failure: default profile can not be removed");
        assertThat(run("/ppp/profile/print", "=.proplist=.id,name")).startsWith(List.of("!re", "=.id=*0", "=name=default"));
    }
}
