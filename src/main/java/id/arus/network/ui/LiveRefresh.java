package id.arus.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a view's refresh on a timer and pushes the result to the browser (the AppShell has {@code @Push}).
 * One daemon thread serves every open view: the refresh itself runs inside {@link UI#access}, under the
 * session's lock, so the timer thread only hands work over. Secured services called there see the signed-in
 * user of that session (Vaadin's security-context strategy reads it from the session), not the timer's
 * thread. Removing the registration (on detach) stops it.
 */
final class LiveRefresh {

    private static final Logger log = LoggerFactory.getLogger(LiveRefresh.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-view-refresh");
        t.setDaemon(true);
        return t;
    });

    private LiveRefresh() {
    }

    static Registration every(UI ui, Duration period, Runnable refresh) {
        ScheduledFuture<?> task = TIMER.scheduleWithFixedDelay(() -> {
            try {
                ui.access(refresh::run);
            } catch (RuntimeException e) {
                log.debug("A live view could not be refreshed: {}", e.toString()); // e.g. the UI has just closed
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }
}
