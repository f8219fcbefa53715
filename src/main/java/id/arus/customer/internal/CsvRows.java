package id.arus.customer.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, line breaks inside quotes, CRLF or
 * LF), with the separator guessed from the header: a semicolon when the header has more semicolons than
 * commas (Excel with Indonesian regional settings), else a comma. A leading byte-order mark is dropped.
 */
final class CsvRows {

    /** One record and the line of the file it starts on. */
    record Row(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private CsvRows() {
    }

    static char separator(String csv) {
        int end = csv.indexOf('\n');
        String header = end < 0 ? csv : csv.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Reads at most {@code maxRecords} records (the header included); the caller sees whether there were more. */
    static List<Row> read(String input, char separator, int maxRecords) {
        String csv = input.startsWith("\uFEFF") ? input.substring(1) : input;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        int n = csv.length();
        while (i < n && rows.size() < maxRecords) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (rows.size() < maxRecords && (!field.isEmpty() || !fields.isEmpty())) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }
}
