package id.arus.customer;

import java.util.List;

/**
 * What an import found.
 *
 * @param rows        data rows read (the header not counted)
 * @param valid       rows that can be (or were) imported
 * @param imported    rows stored by {@link CustomerImport#run}; 0 after a check
 * @param rejected    every problem, by line of the file (line 1 is the header); a row may have several
 * @param fileProblem a message key when the file as a whole cannot be imported (missing column, too many
 *                    rows, empty), else null
 */
public record ImportReport(int rows, int valid, int imported, List<RejectedRow> rejected, String fileProblem) {

    /** @param reason a message key of the {@code customer} bundle */
    public record RejectedRow(int line, String field, String reason) {
    }

    public int rejectedRows() {
        return (int) rejected.stream().mapToInt(RejectedRow::line).distinct().count();
    }
}
