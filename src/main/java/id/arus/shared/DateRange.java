package id.arus.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Calendar days from {@code from} to {@code to}, both included, as reports take them. As moments in a
 * zone it runs from the first day's midnight up to, not including, the midnight after the last day.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** @throws InvalidInputException (keys in the {@code reports} bundle) when a day is missing or the range runs backwards */
    public DateRange {
        if (from == null) {
            throw InvalidInputException.of("from", "reports.range.required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "reports.range.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "reports.range.backwards");
        }
    }

    public OffsetDateTime start(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    public OffsetDateTime end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
