package id.arus.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.shell.ArusI18n;
import org.springframework.security.test.context.support.WithMockUser;
import id.arus.dashboard.ui.DashboardView;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: {@code ./bench/run.sh dashboard} runs it to measure how long the server takes to build
 * the dashboard for an admin (every query and the health snapshot included), and prints BENCH lines.
 * It runs in the integration-test context, so the numbers include the embedded PostgreSQL and Kafka.
 */
@ArusIT
@WithMockUser(username = "admin", roles = "ADMIN")
class DashboardLoadBench {

    @Autowired
    ApplicationContext context;

    @Test
    void measureDashboardLoad() {
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        try {
            long first = build();
            for (int i = 0; i < 5; i++) {
                build(); // warm-up: JIT, connection pool, message bundles
            }
            long[] millis = new long[30];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = build();
            }
            Arrays.sort(millis);
            System.out.println("BENCH dashboard first_load_ms " + first + " ms");
            System.out.println("BENCH dashboard median_load_ms " + millis[millis.length / 2] + " ms");
            System.out.println("BENCH dashboard p95_load_ms " + millis[(int) (millis.length * 0.95)] + " ms");
            System.out.println("BENCH dashboard max_load_ms " + millis[millis.length - 1] + " ms");
            System.out.println("BENCH dashboard budget_ms 2000 ms");
        } finally {
            KaribuViews.stop();
        }
    }

    /** Builds the view as a fresh navigation would and returns the wall-clock time in milliseconds. */
    private long build() {
        long start = System.nanoTime();
        // a new instance every time, as a fresh navigation would build (navigating to the current route reuses it)
        DashboardView view = context.getAutowireCapableBeanFactory().createBean(DashboardView.class);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(_get(view, Div.class, spec -> spec.withId("health-db"))).isNotNull();
        return elapsed;
    }
}
