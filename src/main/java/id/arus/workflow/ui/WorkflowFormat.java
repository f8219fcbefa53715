package id.arus.workflow.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as operators read them: in their zone (Asia/Jakarta), in the language of the screen. */
final class WorkflowFormat {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private WorkflowFormat() {
    }

    static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "-";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(instant);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
