package id.arus.billing.internal.dunning;

import id.arus.settings.OperatorZone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Days as the operator counts them (their zone), on the process engine's clock, so timers and decisions agree
 * (and a process test can move both with {@code ClockUtil}).
 */
@Component
public class DunningCalendar {

    private final OperatorZone zone;

    public DunningCalendar(OperatorZone zone) {
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone.zone());
    }

    /** Days from the due date to today: negative before it, 0 on the due day. */
    public int daysFromDue(LocalDate dueDate) {
        return Math.toIntExact(ChronoUnit.DAYS.between(dueDate, today()));
    }

    /** The first moment of a day in the operator's zone (decisions are made at the start of their day). */
    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone.zone()).toInstant());
    }
}
