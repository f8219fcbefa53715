package id.arus.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.reporting.export.ReportExporter.Format;
import id.arus.shared.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportExporterTest {

    private final ReportTable table = ReportTable.named("aging-2026-11-30", "Pelanggan", "Faktur", "Jatuh tempo", "Saldo")
            .row("CUST-0001", 3L, LocalDate.parse("2026-10-31"), Money.idr(1_500_000))
            .row("=HYPERLINK(\"http://x\")", 1, null, Money.idr(-25_000))
            .row("Toko \"Maju\", Jl. Merdeka", 0, LocalDate.parse("2026-11-01"), Money.ZERO)
            .build();

    private byte[] export(Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExporter.write(table, format, out);
        return out.toByteArray();
    }

    @Test
    void csvHasRupiahAsPlainIntegersIsoDatesQuotingAndNoFormulas() throws Exception {
        String csv = new String(export(Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).containsExactly(
                "Pelanggan,Faktur,Jatuh tempo,Saldo",
                "CUST-0001,3,2026-10-31,1500000",
                "\"'=HYPERLINK(\"\"http://x\"\")\",1,,-25000",
                "\"Toko \"\"Maju\"\", Jl. Merdeka\",0,2026-11-01,0");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void xlsxReadBackHasNumbersAsNumbersDatesAsDatesAndTextAsText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(Format.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("aging-2026-11-30");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Saldo");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("CUST-0001");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse("2026-10-31"));
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1_500_000.0);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(second.getCell(2)).isNull();
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(-25_000.0);
        }
    }

    @Test
    void fileNamesAndContentTypesFollowTheFormat() {
        assertThat(Format.CSV.fileName(table)).isEqualTo("aging-2026-11-30.csv");
        assertThat(Format.XLSX.fileName(table)).isEqualTo("aging-2026-11-30.xlsx");
        assertThat(Format.XLSX.contentType()).startsWith("application/vnd.openxmlformats");
    }
}
