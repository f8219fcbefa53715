package id.arus.shared;

import java.time.LocalDate;

/**
 * How reports group dates: by calendar month, quarter or year. Each value names PostgreSQL's
 * {@code date_trunc} field, so a query groups in the database exactly as {@link #startOf} does here.
 */
public enum PeriodUnit {
    MONTH, QUARTER, YEAR;

    /** The field for PostgreSQL's {@code date_trunc}. */
    public String truncField() {
        return name().toLowerCase();
    }

    /** The first day of the period that holds {@code date}. */
    public LocalDate startOf(LocalDate date) {
        return switch (this) {
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** A short label that sorts as the periods do: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}. */
    public String label(LocalDate date) {
        LocalDate start = startOf(date);
        return switch (this) {
            case MONTH -> "%d-%02d".formatted(start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
