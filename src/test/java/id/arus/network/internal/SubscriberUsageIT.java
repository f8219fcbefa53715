package id.arus.network.internal;

import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.network.DesiredState;
import id.arus.network.LiveSession;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.NetworkTestSupport;
import id.arus.network.PppProfile;
import id.arus.network.PppUser;
import id.arus.network.SubscriberProvisioning;
import id.arus.network.TestRouters;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Today's traffic: sampled session counters on a simulated router, each byte counted once. */
@ArusIT
@WithMockUser(username = "usage-noc", roles = "NOC")
class SubscriberUsageIT {

    @Autowired
    SubscriberUsageSampler sampler;
    @Autowired
    SubscriberUsageStore store;
    @Autowired
    SubscriberProvisioning provisioning;
    @Autowired
    DesiredState desired;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcTemplate jdbc;

    static final TestRouters routers = new TestRouters();

    @AfterAll
    static void stopRouters() {
        routers.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @ParameterizedTest
    @EnumSource(RouterOsVersion.class)
    void eachSampleAddsOnlyWhatTheSessionsCountedSinceTheLast(RouterOsVersion version) throws Exception {
        SimulatedRouter router = routers.get(version);
        long nas = registry.create(new NasForm("Usage " + version + " " + tag, "127.0.0.1", router.port(), false,
                router.username(), router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
        String name = "dewi-" + tag;
        desired.putPppProfile(nas, new PppProfile("usage-" + tag, "5M/10M", null, null, "Paket"));
        desired.putPppSecret(nas, new PppUser(name, "pw-dewi", "usage-" + tag, "pppoe", null, false, "SUB-U"));
        provisioning.apply(nas, name, false);
        awaitSession(router, name, true);
        awaitGrowth(nas, name, 0);

        // never sampled: a session that began today counts from its start, in the live view too
        LiveSession first = provisioning.liveSession(nas, name);
        assertThat(first.todayTxBytes()).isPositive().isGreaterThanOrEqualTo(first.txBytes());

        assertThat(sampler.sample(nas)).isEqualTo(1);
        long[] day1 = day(name);
        long[] counted1 = counter(nas, name);
        assertThat(day1).as("the whole session so far").containsExactly(counted1);

        // two nodes sampling at once (a lease hand-over) take turns; the later adds only the growth
        awaitGrowth(nas, name, counted1[1]);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> sampler.sample(nas));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> sampler.sample(nas));
        assertThat(a.get() + b.get()).isBetween(1, 2);
        long[] counted2 = counter(nas, name);
        assertThat(counted2[1]).isGreaterThan(counted1[1]);
        assertThat(day(name)).as("still exactly the session's counters").containsExactly(counted2);

        // a reading older than the last recorded one counts nothing
        SessionCounter stale = new SessionCounter(name, "stale", Instant.now().minusSeconds(60), 1L << 40, 1L << 40);
        assertThat(store.record(nas, Instant.now().minusSeconds(30), List.of(stale))).isZero();
        assertThat(day(name)).containsExactly(counted2);

        // the live view adds what grew since the last sample
        awaitGrowth(nas, name, counted2[1]);
        LiveSession live = provisioning.liveSession(nas, name);
        assertThat(live.todayTxBytes()).isGreaterThan(counted2[1]).isEqualTo(day(name)[1] + live.txBytes() - counted2[1]);

        // the session is dropped and the client redials: the old session's bytes stay, the new one's add up
        String oldSession = router.print("/ppp/active").stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow().get(".id");
        router.execute("/ppp/active/remove", Map.of(".id", oldSession));
        NetworkTestSupport.await("the client to redial", Duration.ofSeconds(10), () -> router.print("/ppp/active").stream()
                .anyMatch(r -> name.equals(r.get("name")) && !oldSession.equals(r.get(".id"))));
        awaitGrowth(nas, name, 0);
        long[] before = day(name);
        sampler.sample(nas);
        long[] fresh = counter(nas, name);
        assertThat(day(name)).containsExactly(before[0] + fresh[0], before[1] + fresh[1]);

        // offline, today's traffic is still there
        desired.putPppSecret(nas, new PppUser(name, "pw-dewi", "usage-" + tag, "pppoe", null, true, "SUB-U"));
        provisioning.apply(nas, name, true);
        awaitSession(router, name, false);
        sampler.sample(nas);
        LiveSession offline = provisioning.liveSession(nas, name);
        assertThat(offline.online()).isFalse();
        assertThat(new long[] {offline.todayRxBytes(), offline.todayTxBytes()}).containsExactly(day(name));
        assertThat(jdbc.queryForObject("select count(*) from subscriber_session_counter where nas_id = ?", Long.class, nas))
                .as("an ended session's counters are forgotten").isZero();
    }

    /** Waits until the session's live download counter is past {@code bytes}. */
    private void awaitGrowth(long nas, String name, long bytes) throws InterruptedException {
        NetworkTestSupport.await("the session's counters to grow", Duration.ofSeconds(10),
                () -> provisioning.liveSession(nas, name).txBytes() > bytes);
    }

    private long[] day(String name) {
        return jdbc.query("select coalesce(sum(rx_bytes), 0), coalesce(sum(tx_bytes), 0) from subscriber_usage_day where name = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, name).get(0);
    }

    private long[] counter(long nas, String name) {
        return jdbc.query("select rx_bytes, tx_bytes from subscriber_session_counter where nas_id = ? and name = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, nas, name).get(0);
    }
}
