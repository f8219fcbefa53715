package id.arus.network;

import static id.arus.network.TestRouters.activeSession;
import static id.arus.network.TestRouters.awaitSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Staff move subscribers between NAS: the database in one step, then the routers by reconciling. */
@ArusIT
@RecordApplicationEvents
@WithMockUser(username = "moves-noc", roles = "NOC")
class SubscriberMovesIT {

    @Autowired
    SubscriberMoves moves;
    @Autowired
    DesiredState desired;
    @Autowired
    Reconciler reconciler;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    static final TestRouters simulators = new TestRouters();

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private long register(String name, SimulatedRouter router) {
        return registry.create(new NasForm(name + " " + tag, "127.0.0.1", router.port(), false, router.username(),
                router.password(), null, null, NasRole.PRIMARY, null, null, null)).id();
    }

    @Test
    void aMovedSubscriberTakesSecretQueueAndAddressListAlongAndTheRoutersFollow() throws Exception {
        SimulatedRouter oldRouter = simulators.get(RouterOsVersion.V6_49);
        SimulatedRouter newRouter = simulators.get(RouterOsVersion.V7_20);
        long from = register("Move from", oldRouter);
        long to = register("Move to", newRouter);
        String ana = "ana-" + tag;
        String stays = "stays-" + tag;
        String plan = "plan-" + tag;
        desired.putPppProfile(from, new PppProfile(plan, "5M/10M", null, null, null));
        desired.putPppSecret(from, new PppUser(ana, "pw-ana", plan, "pppoe", null, false, ana));
        desired.putSimpleQueue(from, SimpleQueue.of(ana, "10.6.0.2", "5M/10M"));
        desired.putAddressListEntry(from, new AddressListEntry("isolir", "10.6.0.2", ana));
        desired.putPppSecret(from, new PppUser(stays, "pw-s", plan, "pppoe", null, false, stays));
        desired.putHotspotUser(from, new HotspotUser("hs-" + tag, "pw-h", null, false, null));
        reconciler.reconcile(from);
        awaitSession(oldRouter, ana, true);

        assertThat(moves.subscribers(from)).extracting(DesiredSubscriber::name).containsExactly(ana, "hs-" + tag, stays);
        assertThat(moves.subscribers(from)).filteredOn(s -> s.name().equals(ana)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(DesiredKind.PPP_SECRET);
            assertThat(s.queue()).isEqualTo("5M/10M");
            assertThat(s.addressLists()).containsExactly("isolir 10.6.0.2");
        });
        events.clear();

        Map<String, Integer> moved = moves.move(from, to, List.of(ana, "hs-" + tag));

        assertThat(moved).containsEntry(ana, 3).containsEntry("hs-" + tag, 1);
        assertThat(moves.subscribers(from)).extracting(DesiredSubscriber::name).containsExactly(stays);
        assertThat(moves.subscribers(to)).extracting(DesiredSubscriber::name).containsExactly(ana, "hs-" + tag);
        assertThat(desired.pppProfiles(to)).as("the plan is copied, the old NAS still uses it").extracting(PppProfile::name).containsExactly(plan);
        assertThat(desired.pppProfiles(from)).extracting(PppProfile::name).containsExactly(plan);
        assertThat(events.stream(DesiredStateChanged.class)).extracting(DesiredStateChanged::nasId).contains(from, to);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'network.subscriber.moved' and subject like ?")
                .param("%/subscriber:%-" + tag).query(Long.class).single()).as("one audit entry per subscriber").isEqualTo(2);

        ReconcileReport onNew = reconciler.reconcile(to);
        assertThat(onNew.added()).isEqualTo(5);
        ReconcileReport onOld = reconciler.reconcile(from);
        assertThat(onOld.removed()).isEqualTo(4);
        assertThat(activeSession(oldRouter, ana)).as("the old router's session is ended").isFalse();
        assertThat(oldRouter.print("/ppp/secret")).extracting(r -> r.get("name")).contains(stays).doesNotContain(ana);
        assertThat(oldRouter.print("/queue/simple")).noneMatch(q -> ana.equals(q.get("name")));
        assertThat(newRouter.print("/ppp/secret")).anyMatch(r -> ana.equals(r.get("name")) && plan.equals(r.get("profile")));
        assertThat(newRouter.print("/queue/simple")).anyMatch(q -> ana.equals(q.get("name")));
        assertThat(newRouter.print("/ip/firewall/address-list")).anyMatch(e -> "10.6.0.2".equals(e.get("address")));
        assertThat(newRouter.print("/ip/hotspot/user")).anyMatch(u -> ("hs-" + tag).equals(u.get("name")));
        awaitSession(newRouter, ana, true);
    }

    @Test
    void aMoveThatWouldOverwriteTheTargetMovesNothing() throws Exception {
        try (SimulatedRouter a = SimulatedRouter.builder(RouterOsVersion.V7_16).start();
             SimulatedRouter b = SimulatedRouter.builder(RouterOsVersion.V7_16).start()) {
            long from = register("Clash from", a);
            long to = register("Clash to", b);
            desired.putPppSecret(from, new PppUser("one-" + tag, "pw", null, null, null, false, null));
            desired.putPppSecret(from, new PppUser("two-" + tag, "pw", null, null, null, false, null));
            desired.putSimpleQueue(to, SimpleQueue.of("two-" + tag, "10.5.0.2", "1M/1M"));
            desired.putSimpleQueue(from, SimpleQueue.of("two-" + tag, "10.5.0.3", "1M/1M"));

            assertThatThrownBy(() -> moves.move(from, to, List.of("one-" + tag, "two-" + tag)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("simple queue 'two-" + tag + "'").hasMessageContaining("nothing was moved");
            assertThat(moves.subscribers(from)).extracting(DesiredSubscriber::name).containsExactly("one-" + tag, "two-" + tag);
            assertThat(moves.subscribers(to)).isEmpty();

            assertThatThrownBy(() -> moves.move(from, to, List.of("nobody-" + tag)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No subscriber 'nobody-" + tag + "'");
            assertThatThrownBy(() -> moves.move(from, from, List.of("one-" + tag)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already on");
        }
    }
}
