package id.arus.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.audit.AuditEntry;
import id.arus.shared.Csv;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void leavesPlainTextAlone() {
        assertThat(Csv.cell("settings.company.changed")).isEqualTo("settings.company.changed");
        assertThat(Csv.cell("")).isEmpty();
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(Csv.cell("line1\r\nline2")).isEqualTo("\"line1\r\nline2\"");
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+62812")).isEqualTo("'+62812");
        assertThat(Csv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
        // only the first character matters
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesHeaderAndEntriesWithCrlfAndOperatorLocalTime() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, ZoneId.of("Asia/Jakarta"));
        csv.header();
        csv.entry(new AuditEntry(7, Instant.parse("2026-11-24T03:15:30.123456Z"), "budi", "10.0.0.1",
                "settings.company.changed", "settings:company", "{\"name\":\"A, B\"}", "{\"name\":\"=cmd\"}", null,
                "0".repeat(63) + "1", "f".repeat(64)));

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join(",", AuditCsv.HEADER));
        assertThat(lines[1]).isEqualTo("7,2026-11-24 10:15:30.123456 +07:00,budi,10.0.0.1,settings.company.changed,"
                + "settings:company,\"{\"\"name\"\":\"\"A, B\"\"}\",\"{\"\"name\"\":\"\"=cmd\"\"}\",," + "f".repeat(64));
        assertThat(lines[2]).isEmpty();
    }

    @Test
    void rowOfEmptyCellsKeepsItsColumns() throws Exception {
        StringWriter out = new StringWriter();
        new AuditCsv(out, ZoneId.of("UTC")).row(List.of("", "", ""));
        assertThat(out).hasToString(",,\r\n");
    }
}
