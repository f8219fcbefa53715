package id.arus.shared;

import java.util.List;

/**
 * RFC 4180 CSV cells and rows as every export of Arus writes them (audit trail, invoices, reports): a cell that
 * starts like a spreadsheet formula ({@code = + - @}, tab, CR) is neutralised with a leading {@code '}, and a
 * cell is quoted only when it holds a comma, quote or line break.
 */
public final class Csv {

    private Csv() {
    }

    /** One field; null and empty are an empty field. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** One record, its fields through {@link #cell}, ended by CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static boolean startsLikeFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }
}
