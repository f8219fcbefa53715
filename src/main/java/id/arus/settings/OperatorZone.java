package id.arus.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The operator's time zone: every time Arus shows or exports is in this zone. */
public interface OperatorZone {

    ZoneId DEFAULT = ZoneId.of("Asia/Jakarta");

    ZoneId zone();

    /** A moment as staff read it on screen: in the operator's zone, in the screen's language; empty for none. */
    default String format(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone()).format(instant);
    }
}
