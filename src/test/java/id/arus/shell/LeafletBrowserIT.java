package id.arus.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Position;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import id.arus.ArusIT;
import id.arus.shared.GeoPoint;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium, with no tile server reachable (tests run offline): Leaflet comes from the webjar,
 * every marker of a few hundred is drawn (counted in the DOM), a popup leads to its page, and a click in
 * the location picker's map becomes the field's value. The page is a test page registered for this test
 * only, open without signing in, so it also shows that the map works for anonymous visitors (portal sign-up).
 */
@ArusIT
class LeafletBrowserIT {

    static final String ROUTE = "test-leaflet-page";
    static final int CIRCLES = 300;

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;

    /** A map with many circles and a few boxes, and a location picker whose value is echoed in a span. */
    @AnonymousAllowed
    public static class TestPage extends VerticalLayout {

        public TestPage() {
            LeafletMap map = new LeafletMap();
            map.setId("test-map");
            List<MapMarker> circles = new ArrayList<>();
            for (int i = 0; i < CIRCLES; i++) {
                circles.add(MapMarker.circle(new GeoPoint(-6.30 + (i / 20) * 0.01, 106.70 + (i % 20) * 0.01),
                        i % 2 == 0 ? "#2e7d32" : "#ef6c00", "Pelanggan <b>" + i + "</b>"));
            }
            map.setLayer("many", circles);
            map.setLayer("boxes", List.of(
                    new MapMarker(new GeoPoint(-6.25, 106.75), "#c62828", MapMarker.Shape.SQUARE, "NAS Uji", "Tidak terjangkau", "network/nas/42"),
                    new MapMarker(new GeoPoint(-6.28, 106.78), "#2e7d32", MapMarker.Shape.SQUARE, "NAS Dua", null, null),
                    new MapMarker(new GeoPoint(-6.22, 106.72), "#6a1b9a", MapMarker.Shape.DIAMOND, "ODP-01", "8 port", null)));
            map.fitToMarkers();

            LocationPicker picker = new LocationPicker("Lokasi");
            picker.setId("test-picker");
            Span picked = new Span("-");
            picked.setId("test-picked");
            picker.addValueChangeListener(e -> picked.setText(Coordinates.format(e.getValue())));
            add(map, picker, picked);
        }
    }

    private RouteConfiguration routes() {
        return RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
    }

    @BeforeEach
    void registerPage() {
        routes().setRoute(ROUTE, TestPage.class);
    }

    @AfterEach
    void removePage() {
        routes().removeRoute(ROUTE);
    }

    @Test
    void drawsEveryMarkerWithoutTilesAndAClickInThePickerSetsTheField() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true))) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 1000).setLocale("id-ID"));
            page.setDefaultTimeout(30_000);
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000); // first render on a busy 2-core machine
            page.onConsoleMessage(m -> { if (m.type().equals("error")) System.out.println("BROWSER " + m.text()); });
            page.onResponse(r -> { if (r.status() >= 300) System.out.println("BROWSER " + r.status() + " " + r.url()); });
            page.navigate("http://localhost:" + port + "/" + ROUTE);

            // every circle is an SVG path, every box an HTML marker, each with its layer's class
            assertThat(page.locator("#test-map path.arus-marker-many")).hasCount(CIRCLES);
            assertThat(page.locator("#test-map .arus-marker-boxes")).hasCount(3);
            assertThat(page.locator("#test-map .arus-marker-square")).hasCount(2);
            assertThat(page.locator("#test-map .arus-marker-diamond")).hasCount(1);
            assertThat(page.locator("#test-map .leaflet-control-attribution")).containsText("OpenStreetMap");

            // a popup shows names as text (no HTML from data) and links to the page
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leaflet-test-map.png")));
            // a dispatched click: Leaflet's zoom animation can leave a marker "unstable" or briefly outside the
            // viewport for Playwright's pointer click; the map still routes the DOM click to the marker
            page.locator("#test-map .arus-marker-square").first().dispatchEvent("click");
            Locator link = page.locator("#test-map .leaflet-popup a.arus-marker-link");
            assertThat(link).hasText("NAS Uji");
            assertThat(link).hasAttribute("href", "network/nas/42");
            assertThat(page.locator("#test-map .leaflet-popup")).containsText("Tidak terjangkau");
            page.locator("#test-map path.arus-marker-many").first().dispatchEvent("click");
            assertThat(page.locator("#test-map .leaflet-popup strong")).hasText(Pattern.compile("Pelanggan <b>\\d+</b>"));

            // the picker: open, click the map, OK
            page.locator("#test-picker .arus-location-open").click();
            Locator pickerMap = page.locator("#location-picker-map");
            assertThat(pickerMap).hasClass(Pattern.compile("leaflet-container"));
            page.waitForFunction("() => { const m = document.querySelector('#location-picker-map'); "
                    + "return m && m.$arusMap && m.getBoundingClientRect().width > 300; }");
            page.waitForTimeout(500); // the dialog's opening animation; Leaflet measures the map after it
            pickerMap.click(new Locator.ClickOptions().setPosition(new Position(240, 160)));
            assertThat(page.locator("#location-picker-map path.arus-marker-pin")).hasCount(1);
            assertThat(page.locator("#location-picker-chosen")).hasText(Pattern.compile("Titik terpilih: -?\\d+\\.\\d{6}, -?\\d+\\.\\d{6}"));
            @SuppressWarnings("unchecked")
            List<Number> expected = (List<Number>) page.evaluate("() => { const m = document.querySelector('#location-picker-map').$arusMap;"
                    + " const p = m.containerPointToLatLng([240, 160]); return [p.lat, p.lng]; }");
            page.locator("#location-picker-ok").click();

            assertThat(page.locator("#location-picker-map")).hasCount(0);
            assertThat(page.locator("#test-picked")).hasText(Pattern.compile("-?\\d+\\.\\d{6}, -?\\d+\\.\\d{6}"));
            GeoPoint picked = Coordinates.parse(page.locator("#test-picked").textContent()).orElseThrow();
            assertThat(picked.latitude()).isCloseTo(expected.get(0).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
            assertThat(picked.longitude()).isCloseTo(expected.get(1).doubleValue(), org.assertj.core.data.Offset.offset(1e-3));
            assertThat(page.locator("#test-picker input")).hasValue(Coordinates.format(picked));

            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/leaflet-test-page.png")).setFullPage(true));
        }
    }
}
