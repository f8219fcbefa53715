package id.arus.reporting.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as rows of typed cells, the one form every report takes for the screen's grid and for both
 * exports. A cell is a {@link id.arus.shared.Money} (rupiah), a whole number, a {@link java.time.LocalDate}
 * or text; null is an empty cell.
 *
 * @param name    the file name's stem and the sheet's name, e.g. {@code revenue-2026}
 * @param headers one per column, in the reader's language
 */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + headers.size() + " columns");
            }
        }
    }

    /** Collects rows; cells may be null. */
    public static Builder named(String name, String... headers) {
        return new Builder(name, List.of(headers));
    }

    public static final class Builder {
        private final String name;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> headers) {
            this.name = name;
            this.headers = headers;
        }

        public Builder row(Object... cells) {
            rows.add(Collections.unmodifiableList(java.util.Arrays.asList(cells.clone())));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(name, headers, rows);
        }
    }
}
