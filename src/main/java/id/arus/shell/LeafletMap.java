package id.arus.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import id.arus.shared.GeoPoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Leaflet map driven from Java. Leaflet comes from the {@code org.webjars.npm:leaflet} jar at run time
 * (no npm build), like {@code network.ui.EChart} gets ECharts. Markers live in named layers that are
 * replaced or cleared as a whole: a layer goes to the browser as one JSON array, so a few thousand pins
 * cost one message, not one call each. Circles are SVG paths with the classes {@code arus-marker
 * arus-marker-<layer>}, the other shapes small HTML boxes with the same classes, so tests and styles find
 * them. Background tiles come from {@link MapSettings}; when they cannot load (offline, blocked) the map
 * shows its markers on a blank background.
 *
 * <pre>{@code
 * LeafletMap map = new LeafletMap();
 * map.setLayer("customers", pins.stream().map(p -> MapMarker.circle(p.location(), "#2e7d32", p.name())).toList());
 * map.fitToMarkers();
 * map.addMapClickListener(e -> picked(e.getPoint()));
 * }</pre>
 */
@Tag("div")
public class LeafletMap extends Component implements HasSize {

    static final String SCRIPT = "context://webjars/leaflet/1.9.4/dist/leaflet.js";
    static final String STYLES = "context://webjars/leaflet/1.9.4/dist/leaflet.css";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Installs {@code window.arusLeaflet} once per page. Each operation waits (bounded: 400 tries 50 ms
     * apart) for Leaflet's script and for the map of its element, so calls made before the script arrived
     * run in order once it has.
     */
    private static final String HELPER = """
            if (window.arusLeaflet) { return; }
            const ready = (el, fn) => {
              if (el.$arusMap) { fn(el.$arusMap); return; }
              (el.$arusPending = el.$arusPending || []).push(fn);
            };
            const boxIcon = (layer, m) => {
              const box = document.createElement('span');
              const size = m[3] === 'SQUARE' ? 14 : 12;
              box.style.cssText = 'display:block;box-sizing:border-box;border:2px solid #212121;width:' + size + 'px;height:' + size + 'px';
              if (m[3] === 'DIAMOND') { box.style.transform = 'rotate(45deg)'; }
              box.style.background = m[2];
              return L.divIcon({ className: 'arus-marker arus-marker-' + layer + ' arus-marker-' + m[3].toLowerCase(),
                                 html: box, iconSize: [size, size] });
            };
            // names come from users: always text, never HTML
            const text = (value) => { const span = document.createElement('span'); span.textContent = value; return span; };
            const popup = (m) => {
              const div = document.createElement('div');
              const heading = document.createElement(m[6] ? 'a' : 'strong');
              heading.textContent = m[4];
              if (m[6]) { heading.href = m[6]; heading.className = 'arus-marker-link'; }
              div.appendChild(heading);
              if (m[5]) { const line = document.createElement('div'); line.textContent = m[5]; div.appendChild(line); }
              return div;
            };
            // a map without a size yet (still being laid out, in a dialog that is opening) would fit to
            // the most zoomed-in view: the fit waits for the first size (the resize observer calls again)
            const fitNow = (el) => {
              const map = el.$arusMap;
              if (el.$arusFit === undefined || !map || el.clientWidth === 0 || el.clientHeight === 0) { return; }
              const bounds = L.latLngBounds([]);
              Object.values(el.$arusLayers).forEach(g => { if (g.getLayers().length) { bounds.extend(g.getBounds()); } });
              if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24], maxZoom: el.$arusFit }); }
              delete el.$arusFit;
            };
            window.arusLeaflet = {
              init(el, cfg) {
                if (el.$arusMap || el.$arusWaiting) { return; }
                el.$arusWaiting = true;
                let tries = 0;
                const start = () => {
                  if (!window.L) { if (++tries < 400) { setTimeout(start, 50); } return; }
                  const map = L.map(el, { zoomControl: true }).setView([cfg.lat, cfg.lon], cfg.zoom);
                  if (cfg.tiles) {
                    L.tileLayer(cfg.tiles, { attribution: cfg.attribution, maxZoom: cfg.maxZoom }).addTo(map);
                  }
                  map.on('click', e => {
                    const p = e.latlng.wrap();
                    el.dispatchEvent(new CustomEvent('arus-map-click', { detail: { lat: p.lat, lon: p.lng } }));
                  });
                  new ResizeObserver(() => { map.invalidateSize(); fitNow(el); }).observe(el);
                  el.$arusLayers = {};
                  el.$arusMap = map;
                  const pending = el.$arusPending || [];
                  el.$arusPending = [];
                  pending.forEach(fn => fn(map));
                };
                start();
              },
              layer(el, name, markers) {
                ready(el, map => {
                  let group = el.$arusLayers[name];
                  if (!group) { group = el.$arusLayers[name] = L.featureGroup().addTo(map); }
                  group.clearLayers();
                  for (const m of markers) {
                    const marker = m[3] === 'CIRCLE'
                      ? L.circleMarker([m[0], m[1]], { radius: 6, color: '#212121', weight: 1, fillColor: m[2], fillOpacity: 0.9,
                                                       bubblingMouseEvents: false, className: 'arus-marker arus-marker-' + name })
                      : L.marker([m[0], m[1]], { icon: boxIcon(name, m), keyboard: false });
                    if (m[4]) { marker.bindTooltip(() => text(m[4])); marker.bindPopup(() => popup(m)); }
                    group.addLayer(marker);
                  }
                });
              },
              remove(el, name) {
                ready(el, map => {
                  const group = el.$arusLayers[name];
                  if (group) { map.removeLayer(group); delete el.$arusLayers[name]; }
                });
              },
              view(el, lat, lon, zoom) {
                ready(el, map => { delete el.$arusFit; map.setView([lat, lon], zoom); });
              },
              fit(el, maxZoom) {
                ready(el, map => { el.$arusFit = maxZoom; fitNow(el); });
              }
            };
            """;

    private final Map<String, List<MapMarker>> layers = new LinkedHashMap<>();
    private MapSettings settings;
    private GeoPoint center;
    private int zoom;
    private boolean fitPending;

    /** A map with the installation's tile settings (from Spring when running in the app). */
    public LeafletMap() {
        setWidthFull();
        setHeight("420px");
        getElement().getClassList().add("arus-map");
    }

    /** A map with explicit tile settings, e.g. for a test or a screen that needs another tile server. */
    public LeafletMap(MapSettings settings) {
        this();
        this.settings = settings;
    }

    /** Moves the view; undoes a pending {@link #fitToMarkers()}. */
    public void setView(GeoPoint center, int zoom) {
        this.center = Objects.requireNonNull(center, "center");
        this.zoom = zoom;
        this.fitPending = false;
        if (isAttached()) {
            getElement().executeJs("window.arusLeaflet.view(this, $0, $1, $2)", center.latitude(), center.longitude(), zoom);
        }
    }

    /** Where the map was last told to look, or null when it follows its markers or the home setting. */
    public GeoPoint getCenter() {
        return center;
    }

    public int getZoom() {
        return zoom;
    }

    /** Puts {@code markers} into the named layer, replacing what it held; the layer is created on first use. */
    public void setLayer(String name, Collection<MapMarker> markers) {
        requireLayerName(name);
        List<MapMarker> copy = List.copyOf(markers);
        layers.put(name, copy);
        if (isAttached()) {
            sendLayer(name, copy);
        }
    }

    /** Empties the named layer (it stays, in its drawing order). */
    public void clearLayer(String name) {
        setLayer(name, List.of());
    }

    /** Takes the named layer off the map. */
    public void removeLayer(String name) {
        if (layers.remove(name) != null && isAttached()) {
            getElement().executeJs("window.arusLeaflet.remove(this, $0)", name);
        }
    }

    /** What the named layer holds (empty when unknown). */
    public List<MapMarker> getLayer(String name) {
        return layers.getOrDefault(name, List.of());
    }

    /** The names of the layers, in drawing order (later ones on top). */
    public Set<String> getLayerNames() {
        return new LinkedHashSet<>(layers.keySet());
    }

    /** Zooms so that every marker of every layer is visible; nothing happens while there are none. */
    public void fitToMarkers() {
        fitPending = true;
        if (isAttached()) {
            getElement().executeJs("window.arusLeaflet.fit(this, $0)", Math.min(17, settings().maxZoom()));
        }
    }

    /** Called with the clicked place (longitude wrapped into -180..180) on every click on the map itself. */
    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addStyleSheet(STYLES);
        attach.getUI().getPage().addJavaScript(SCRIPT); // Vaadin adds a script or style once per page
        getElement().executeJs(HELPER);
        MapSettings tiles = settings();
        GeoPoint start = center != null ? center : tiles.home();
        int startZoom = center != null ? zoom : tiles.homeZoom();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("lat", start.latitude());
        config.put("lon", start.longitude());
        config.put("zoom", startZoom);
        config.put("tiles", tiles.tileUrl());
        config.put("attribution", tiles.attribution());
        config.put("maxZoom", tiles.maxZoom());
        getElement().executeJs("window.arusLeaflet.init(this, JSON.parse($0))", json(config));
        layers.forEach(this::sendLayer);
        if (fitPending) {
            fitToMarkers();
        }
    }

    private MapSettings settings() {
        if (settings == null) {
            VaadinService service = VaadinService.getCurrent();
            settings = service == null ? MapSettings.defaults() : service.getInstantiator().getOrCreate(MapSettings.class);
        }
        return settings;
    }

    private void sendLayer(String name, List<MapMarker> markers) {
        List<Object[]> rows = new ArrayList<>(markers.size());
        for (MapMarker m : markers) {
            rows.add(new Object[] {m.at().latitude(), m.at().longitude(), m.color(), m.shape().name(), m.title(), m.detail(), m.link()});
        }
        getElement().executeJs("window.arusLeaflet.layer(this, $0, JSON.parse($1))", name, json(rows));
    }

    private static void requireLayerName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,39}")) {
            // the name becomes part of a CSS class
            throw new IllegalArgumentException("layer name must be lower-case letters, digits and '-': " + name);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map data not serialisable", e);
        }
    }

    /** A click on the map (not on a marker), at {@link #getPoint()}. */
    @DomEvent("arus-map-click")
    public static class MapClickEvent extends ComponentEvent<LeafletMap> {

        private final GeoPoint point;

        public MapClickEvent(LeafletMap source, boolean fromClient,
                             @EventData("event.detail.lat") double latitude,
                             @EventData("event.detail.lon") double longitude) {
            super(source, fromClient);
            this.point = new GeoPoint(latitude, longitude);
        }

        /** Also for tests: a click at {@code point} as the browser would report it. */
        public MapClickEvent(LeafletMap source, GeoPoint point) {
            super(source, false);
            this.point = point;
        }

        public GeoPoint getPoint() {
            return point;
        }
    }
}
