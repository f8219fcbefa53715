package id.arus.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.monitoring.NasTelemetry;
import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.network.TestRouters;
import id.arus.network.internal.NasPollLeases;
import id.arus.network.internal.NasPoller;
import id.arus.network.internal.NasProber;
import id.arus.network.internal.NasStore;
import id.arus.network.internal.SubscriberUsageSampler;
import id.arus.network.internal.TelemetrySender;
import id.arus.shared.SystemIdentity;
import id.arus.shell.ArusI18n;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The NAS page shows what polling stored, for every role that may see routers, and stops refreshing when left. */
@ArusIT
class NasDetailViewIT {

    static final TestRouters simulators = new TestRouters();

    @Autowired
    ApplicationContext context;
    @Autowired
    NasManagement registry;
    @Autowired
    NasTelemetry telemetry;
    @Autowired
    NasStore store;
    @Autowired
    NasPollLeases leases;
    @Autowired
    NasProber prober;
    @Autowired
    TelemetrySender sender;
    @Autowired
    SubscriberUsageSampler usage;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterAll
    static void stopRouters() {
        simulators.close();
    }

    @AfterEach
    void stop() {
        KaribuViews.stop();
    }

    /** A NAS for the version's router, polled twice (a rate needs two readings) and its samples stored through Kafka. */
    private Nas polledRouter(RouterOsVersion version) throws Exception {
        SimulatedRouter router = simulators.get(version);
        Nas nas = SystemIdentity.call("nas-page-test", () -> registry.create(new NasForm("NAS Page " + version + " " + tag,
                "127.0.0.1", router.port(), false, router.username(), router.password(), "Lab", null, NasRole.PRIMARY, null, null, null)));
        try (NasPoller poller = new NasPoller(new NasPoller.Settings("view-" + tag, Duration.ofSeconds(10), Duration.ofSeconds(3), 4,
                Duration.ofMinutes(15), Duration.ofMinutes(1)), store, leases, prober, sender, usage)) {
            poller.pollRound().get(30, TimeUnit.SECONDS);
            Thread.sleep(300);
            poller.pollRound().get(30, TimeUnit.SECONDS);
        }
        for (int i = 0; i < 150 && telemetry.latest(nas.id()).filter(s -> !s.interfaces().isEmpty()).isEmpty(); i++) {
            Thread.sleep(200);
        }
        assertThat(telemetry.latest(nas.id())).as("stored through Kafka within 30 s").isPresent();
        return nas;
    }

    @Test
    @WithMockUser(username = "nas-page-noc", roles = "NOC")
    void showsWhatTheRouterIsAndChartsItsFiguresAndStopsRefreshingWhenLeft() throws Exception {
        Nas nas = polledRouter(RouterOsVersion.V7_16);
        KaribuViews.start(context, ArusI18n.INDONESIAN);

        UI.getCurrent().navigate("network/nas/" + nas.id());

        NasDetailView view = _get(NasDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-status")).getText()).isEqualTo("Online");
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-identity")).getText())
                .isEqualTo("Identitas: " + simulators.get(RouterOsVersion.V7_16).identity());
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-version")).getText()).contains(RouterOsVersion.V7_16.version());
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-latency")).getText()).endsWith(" ms");
        assertThat(_get(Component.class, spec -> spec.withId("nas-detail-history")).getElement().getTextRecursively()).contains("Online");

        String health = _get(EChart.class, spec -> spec.withId("nas-chart-health")).getOption();
        assertThat(health).contains("\"Latensi (ms)\"", "\"CPU (%)\"", "\"Memori terpakai (%)\"");
        String uplink = _get(EChart.class, spec -> spec.withId("nas-chart-if-ether1")).getOption();
        assertThat(uplink).contains("\"Masuk (rx)\"", "\"Keluar (tx)\"");
        assertThat(view.isLive()).isTrue();

        UI.getCurrent().navigate(NasView.class);

        assertThat(view.isLive()).as("the timer stops when the page is left").isFalse();
    }

    @Test
    @WithMockUser(username = "nas-page-cs", roles = "CS")
    void customerServiceMayLookAndAnUnknownRouterLeadsBackToTheList() throws Exception {
        Nas nas = polledRouter(RouterOsVersion.V6_49);
        KaribuViews.start(context, Locale.ENGLISH);

        UI.getCurrent().navigate("network/nas/" + nas.id());
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-status")).getText()).isEqualTo("Online");
        assertThat(_get(Span.class, spec -> spec.withId("nas-detail-ppp")).getText()).startsWith("PPP sessions: ");

        UI.getCurrent().navigate("network/nas/not-a-number");
        assertThat(_find(NasDetailView.class)).isEmpty();
        assertThat(_find(NasView.class)).hasSize(1);
    }
}
