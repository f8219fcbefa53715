package id.arus.network.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import id.arus.monitoring.NasSample;
import id.arus.monitoring.NasTelemetry;
import id.arus.monitoring.TelemetrySeries;
import id.arus.network.Nas;
import id.arus.network.NasFacts;
import id.arus.network.NasManagement;
import id.arus.network.NasMonitor;
import id.arus.network.NasStatusChange;
import id.arus.settings.OperatorZone;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;

/**
 * One router's page: what it is, its status and history, and live charts of the last hour of polling
 * (latency, CPU, memory, sessions, traffic per interface). While the page is open it re-reads the stored
 * telemetry every poll interval and pushes the changes; leaving the page stops that.
 */
@Route("network/nas/:nasId")
@RolesAllowed({"ADMIN", "NOC", "TECHNICIAN", "CS"})
public class NasDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final transient NasManagement registry;
    private final transient NasMonitor monitor;
    private final transient NasTelemetry telemetry;
    private final transient OperatorZone zone;
    private final Duration refreshEvery;

    private Nas nas;
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span pollingNode = new Span();
    private final FlexLayout facts = new FlexLayout();
    private final EChart health = chart("nas-chart-health");
    private final EChart sessions = chart("nas-chart-sessions");
    private final Div interfaceCharts = new Div();
    private final Map<String, EChart> perInterface = new LinkedHashMap<>();
    private final VerticalLayout history = new VerticalLayout();
    private final Paragraph noData = new Paragraph();
    private Registration live;

    public NasDetailView(NasManagement registry, NasMonitor monitor, NasTelemetry telemetry, OperatorZone zone,
                         @Value("${arus.network.poll.interval:10s}") Duration refreshEvery) {
        this.registry = registry;
        this.monitor = monitor;
        this.telemetry = telemetry;
        this.zone = zone;
        this.refreshEvery = refreshEvery;
        setPadding(true);
        status.setId("nas-detail-status");
        pollingNode.setId("nas-detail-node");
        facts.setId("nas-detail-facts");
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        interfaceCharts.setId("nas-detail-interfaces");
        interfaceCharts.setWidthFull();
        history.setId("nas-detail-history");
        history.setPadding(false);
        history.setSpacing(false);
        noData.setId("nas-detail-no-data");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("nasId").flatMap(NasDetailView::parseId);
        try {
            nas = registry.get(id.orElseThrow());
        } catch (NoSuchElementException e) {
            event.rerouteTo(NasView.class);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("monitoring.back"), NasView.class);
        title.setText(nas.name());
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(back, header, new Span(nas.endpoint() + (nas.site() == null ? "" : " · " + nas.site())), pollingNode, facts, noData,
                new H3(getTranslation("monitoring.chart.health")), health,
                new H3(getTranslation("monitoring.chart.sessions")), sessions,
                new H3(getTranslation("monitoring.chart.traffic")), interfaceCharts,
                new H3(getTranslation("monitoring.history")), history);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        live = LiveRefresh.every(attach.getUI(), refreshEvery, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    /** Whether the page is re-reading telemetry on a timer now (it is while attached). */
    boolean isLive() {
        return live != null;
    }

    void refresh() {
        if (nas == null) {
            return;
        }
        Instant now = Instant.now();
        TelemetrySeries series = telemetry.series(nas.id(), now.minus(WINDOW), now.plusSeconds(1));
        Optional<NasSample> latest = series.samples().isEmpty() ? telemetry.latest(nas.id())
                : Optional.of(series.samples().get(series.samples().size() - 1));
        List<NasStatusChange> changes = registry.statusHistory(nas.id(), 10);
        showStatus(latest, changes);
        showFacts(monitor.facts(nas.id()), latest);
        pollingNode.setText(monitor.pollingNode(nas.id()).map(node -> getTranslation("monitoring.polledBy", node))
                .orElse(getTranslation("monitoring.notPolled")));
        noData.setText(series.samples().isEmpty() ? getTranslation("monitoring.noData") : "");
        noData.setVisible(series.samples().isEmpty());
        showCharts(series.samples());
        history.removeAll();
        for (NasStatusChange change : changes) {
            history.add(new Span(zone.format(change.changedAt(), getLocale()) + " · " + statusText(change.status().name())
                    + (change.detail() == null ? "" : " · " + change.detail())));
        }
    }

    private void showStatus(Optional<NasSample> latest, List<NasStatusChange> changes) {
        String current = latest.map(NasSample::status)
                .orElse(changes.isEmpty() ? null : changes.get(0).status().name());
        status.setText(current == null ? getTranslation("monitoring.status.unknown") : statusText(current));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + ("ONLINE".equals(current) ? "success" : current == null ? "contrast" : "error"));
    }

    private void showFacts(Optional<NasFacts> known, Optional<NasSample> latest) {
        facts.removeAll();
        NasFacts f = known.orElse(null);
        NasSample s = latest.orElse(null);
        facts.add(fact("identity", f == null ? null : f.identity()), fact("version", f == null ? null : f.version()),
                fact("board", f == null ? null : f.board()),
                fact("uptime", f == null ? null : getTranslation("monitoring.asOf", f.uptime(), zone.format(f.seenAt(), getLocale()))),
                fact("latency", s == null || s.latencyMs() == null ? null : String.format(Locale.ROOT, "%.1f ms", s.latencyMs())),
                fact("cpu", s == null || s.cpuLoad() == null ? null : s.cpuLoad() + " %"),
                fact("memory", s == null || s.memoryUsedPercent() == null ? null
                        : String.format(Locale.ROOT, "%.0f %% (%d / %d MB)", s.memoryUsedPercent(),
                        (s.totalMemory() - s.freeMemory()) / (1024 * 1024), s.totalMemory() / (1024 * 1024))),
                fact("ppp", s == null || s.pppSessions() == null ? null : String.valueOf(s.pppSessions())),
                fact("hotspot", s == null || s.hotspotSessions() == null ? null : String.valueOf(s.hotspotSessions())));
    }

    private Span fact(String key, String value) {
        Span fact = new Span(getTranslation("monitoring.fact." + key) + ": " + (value == null ? "–" : value));
        fact.setId("nas-detail-" + key);
        return fact;
    }

    private void showCharts(List<NasSample> samples) {
        var operatorZone = zone.zone();
        health.setOption(TelemetryCharts.lines(samples, operatorZone, "ms / %", List.of(
                new TelemetryCharts.Line(getTranslation("monitoring.series.latency"), NasSample::latencyMs),
                new TelemetryCharts.Line(getTranslation("monitoring.series.cpu"), NasSample::cpuLoad),
                new TelemetryCharts.Line(getTranslation("monitoring.series.memory"), NasSample::memoryUsedPercent))));
        sessions.setOption(TelemetryCharts.lines(samples, operatorZone, "", List.of(
                new TelemetryCharts.Line("PPP", NasSample::pppSessions),
                new TelemetryCharts.Line("Hotspot", NasSample::hotspotSessions))));
        for (String name : TelemetryCharts.interfaces(samples)) {
            EChart chart = perInterface.computeIfAbsent(name, n -> {
                EChart created = chart("nas-chart-if-" + n.replaceAll("[^A-Za-z0-9_-]", "_"));
                interfaceCharts.add(new Span(n), created);
                return created;
            });
            chart.setOption(TelemetryCharts.lines(samples, operatorZone, "bit/s", List.of(
                    new TelemetryCharts.Line(getTranslation("monitoring.series.rx"), TelemetryCharts.rate(name, true)),
                    new TelemetryCharts.Line(getTranslation("monitoring.series.tx"), TelemetryCharts.rate(name, false)))));
        }
    }

    private String statusText(String status) {
        return getTranslation("monitoring.status." + status);
    }

    private static EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        return chart;
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return nas == null ? getTranslation("nas.title") : nas.name();
    }
}
