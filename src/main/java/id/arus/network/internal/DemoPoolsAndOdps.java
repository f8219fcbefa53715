package id.arus.network.internal;

import id.arus.network.DistributionPoints;
import id.arus.network.IpPools;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.shared.GeoPoint;
import id.arus.shared.SystemIdentity;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo's routers a static-address pool each (10.20.0.0/24 on the first, 10.20.1.0/24 on the
 * next, ...) and eight ODPs around Sleman and Yogyakarta spread over them, so the pools and ODP screens and
 * the map have something to show. Runs after {@link DemoRouters}; anything already there is left alone, so
 * a restart adds nothing twice. The demo profile never runs in production.
 */
@Component
@Profile("demo")
class DemoPoolsAndOdps {

    private static final Logger log = LoggerFactory.getLogger(DemoPoolsAndOdps.class);

    private record DemoOdp(String code, String name, double latitude, double longitude, int ports) {
    }

    private static final List<DemoOdp> ODPS = List.of(
            new DemoOdp("ODP-SLM-01", "ODP Jl. Kaliurang km 7", -7.7465, 110.3862, 16),
            new DemoOdp("ODP-SLM-02", "ODP Condongcatur", -7.7572, 110.3960, 16),
            new DemoOdp("ODP-SLM-03", "ODP Sinduadi", -7.7501, 110.3655, 8),
            new DemoOdp("ODP-SLM-04", "ODP Maguwoharjo", -7.7633, 110.4178, 16),
            new DemoOdp("ODP-YK-01", "ODP Terban", -7.7768, 110.3770, 8),
            new DemoOdp("ODP-YK-02", "ODP Kotabaru", -7.7857, 110.3745, 16),
            new DemoOdp("ODP-SLM-05", "ODP Mlati", -7.7359, 110.3412, 8),
            new DemoOdp("ODP-YK-03", "ODP Tegalrejo", -7.7930, 110.3528, 16));

    private final NasStore nas;
    private final IpPools pools;
    private final DistributionPoints odps;

    DemoPoolsAndOdps(NasStore nas, IpPools pools, DistributionPoints odps) {
        this.nas = nas;
        this.pools = pools;
        this.odps = odps;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void addWhatIsMissing() {
        List<Nas> routers = DemoRouters.ROUTERS.stream().map(NasForm::name).map(nas::findByName)
                .flatMap(Optional::stream).toList();
        if (routers.isEmpty()) {
            return;
        }
        SystemIdentity.run("demo", () -> {
            int added = 0;
            for (int i = 0; i < routers.size(); i++) {
                Nas router = routers.get(i);
                if (pools.pools(router.id()).isEmpty()) {
                    pools.createPool(router.id(), "statis", "10.20." + i + ".0/24");
                    added++;
                }
            }
            for (int i = 0; i < ODPS.size(); i++) {
                DemoOdp odp = ODPS.get(i);
                if (odps.findByCode(odp.code()).isEmpty()) {
                    odps.create(odp.code(), odp.name(), routers.get(i % routers.size()).id(),
                            new GeoPoint(odp.latitude(), odp.longitude()), odp.ports());
                    added++;
                }
            }
            if (added > 0) {
                log.info("Demo: added {} IP pool(s) and ODP(s)", added);
            }
        });
    }
}
