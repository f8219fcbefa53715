package id.arus.reporting.export;

import id.arus.shared.Csv;
import id.arus.shared.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes any {@link ReportTable} as CSV or XLSX, so every report exports the same way.
 * <ul>
 * <li>CSV (RFC 4180, UTF-8, CRLF): rupiah as plain integers ({@code 1500000}, no {@code Rp}, no grouping), dates
 * ISO ({@code 2026-11-30}); a text cell that a spreadsheet would run as a formula ({@code = + - @}, tab, CR at
 * its start) gets an apostrophe in front, since customer codes and reasons are typed by people.</li>
 * <li>XLSX: rupiah and counts are numeric cells (rupiah with a thousands format), so they add up in the sheet;
 * dates are date cells; text is text and never a formula. Streamed, a window of rows at a time.</li>
 * </ul>
 */
public final class ReportExporter {

    public enum Format {
        CSV("text/csv; charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName(ReportTable table) {
            return table.name() + "." + name().toLowerCase();
        }
    }

    /** Rows kept in memory while writing XLSX; the rest goes to a temporary file. */
    private static final int XLSX_WINDOW = 200;

    private ReportExporter() {
    }

    public static void write(ReportTable table, Format format, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            csv(table, out);
        } else {
            xlsx(table, out);
        }
    }

    private static void csv(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csvRow(writer, table.headers());
        for (List<Object> row : table.rows()) {
            csvRow(writer, row);
        }
        writer.flush();
    }

    private static void csvRow(Writer writer, List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (Object cell : cells) {
            line.append(line.isEmpty() ? "" : ",").append(csvCell(cell));
        }
        writer.write(line.append("\r\n").toString());
    }

    /** Rupiah and numbers as plain numbers (a spreadsheet sums them; a negative one is no formula), text through {@link Csv#cell}. */
    static String csvCell(Object value) {
        if (value instanceof Money money) {
            return Long.toString(money.rupiah());
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return value.toString();
        }
        return Csv.cell(value == null ? null : value.toString());
    }

    private static void xlsx(ReportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle rupiah = workbook.createCellStyle();
            rupiah.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

            Row first = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Money money) {
                        cell.setCellValue(money.rupiah());
                        cell.setCellStyle(rupiah);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString()); // a string cell: never evaluated as a formula
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
