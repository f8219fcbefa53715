package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.network.DistributionPoint;
import id.arus.network.DistributionPoints;
import id.arus.network.IpPool;
import id.arus.network.IpPools;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.shared.SystemIdentity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's pools and ODPs: added once on the demo routers, nothing twice on a restart. */
@ArusIT
class DemoPoolsAndOdpsIT {

    @Autowired
    NasStore store;
    @Autowired
    NasManagement registry;
    @Autowired
    IpPools pools;
    @Autowired
    DistributionPoints odps;

    @Test
    void addsAPoolPerDemoRouterAndEightOdpsOnce() {
        List<Nas> routers = SystemIdentity.call("demo-test", () -> DemoRouters.ROUTERS.stream()
                .map(form -> store.findByName(form.name()).orElseGet(() -> registry.create(form))).toList());
        DemoPoolsAndOdps demo = new DemoPoolsAndOdps(store, pools, odps);
        demo.addWhatIsMissing();
        demo.addWhatIsMissing();

        SystemIdentity.run("demo-test", () -> {
            assertThat(pools.pools(routers.get(0).id())).extracting(IpPool::name, IpPool::ranges, IpPool::size)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("statis", "10.20.0.1-10.20.0.254", 254));
            assertThat(pools.pools(routers.get(2).id())).singleElement().satisfies(p -> assertThat(p.ranges()).startsWith("10.20.2."));
            List<DistributionPoint> demoOdps = odps.list().stream().filter(p -> p.code().startsWith("ODP-SLM-") || p.code().startsWith("ODP-YK-")).toList();
            assertThat(demoOdps).hasSize(8).allSatisfy(p -> {
                assertThat(p.location().latitude()).isBetween(-7.80, -7.72);
                assertThat(p.location().longitude()).isBetween(110.33, 110.42);
            });
            assertThat(demoOdps).extracting(DistributionPoint::nasId).containsOnly(routers.stream().map(Nas::id).toArray(Long[]::new));
        });
    }
}
