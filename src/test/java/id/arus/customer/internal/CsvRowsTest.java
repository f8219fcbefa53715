package id.arus.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        String csv = "\uFEFFname,address\r\n\"Budi, S.Kom\",\"Jl. \"\"Mawar\"\"\nRT 01\"\r\nSiti,Jl. Melati";
        List<CsvRows.Row> rows = CsvRows.read(csv, CsvRows.separator(csv), 100);

        assertThat(rows).containsExactly(
                new CsvRows.Row(1, List.of("name", "address")),
                new CsvRows.Row(2, List.of("Budi, S.Kom", "Jl. \"Mawar\"\nRT 01")),
                new CsvRows.Row(4, List.of("Siti", "Jl. Melati")));
    }

    @Test
    void takesTheSemicolonExcelWritesInIndonesia() {
        String csv = "name;nik;latitude\nBudi;3404011505900001;-7,75\n";
        assertThat(CsvRows.separator(csv)).isEqualTo(';');
        assertThat(CsvRows.read(csv, ';', 100).get(1).fields()).containsExactly("Budi", "3404011505900001", "-7,75");
    }

    @Test
    void stopsAfterTheLimit() {
        assertThat(CsvRows.read("a\nb\nc\nd\n", ',', 2)).hasSize(2);
    }
}
