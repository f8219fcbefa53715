package id.arus.customer.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.customer.CustomerForm;
import id.arus.customer.CustomerImport;
import id.arus.customer.ImportReport;
import id.arus.customer.ImportReport.RejectedRow;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and imports customer CSV files. Every row goes through the same {@link CustomerRules} as the
 * form; the NIKs of the whole file are checked against each other and against the database in one query.
 * The import itself is a batch insert in one transaction, audited as one entry with the counts.
 */
@Service
class ImportService implements CustomerImport {

    static final Set<String> REQUIRED = Set.of("name", "nik", "phone", "address");
    static final Set<String> KNOWN = Set.of("name", "nik", "phone", "email", "address", "latitude", "longitude",
            "category", "notes");
    /** Rows without a category column or value are filed as residential, the most common by far. */
    static final String DEFAULT_CATEGORY = "residential";

    private final CustomerStore store;
    private final CategoryStore categories;
    private final AuditTrail audit;

    ImportService(CustomerStore store, CategoryStore categories, AuditTrail audit) {
        this.store = store;
        this.categories = categories;
        this.audit = audit;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional(readOnly = true)
    public ImportReport check(String csv) {
        return analyse(csv).report(0);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CS')")
    @Transactional
    public ImportReport run(String csv) {
        Analysis analysis = analyse(csv);
        if (analysis.fileProblem != null) {
            throw InvalidInputException.of("file", analysis.fileProblem);
        }
        store.insertBatch(analysis.valid);
        ImportReport report = analysis.report(analysis.valid.size());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rows", report.rows());
        counts.put("imported", report.imported());
        counts.put("rejectedRows", report.rejectedRows());
        audit.record(AuditRecord.of("customer.imported", "customers").withAfter(counts));
        return report;
    }

    private Analysis analyse(String input) {
        Analysis a = new Analysis();
        String csv = input == null ? "" : input;
        char separator = CsvRows.separator(csv);
        List<CsvRows.Row> records = CsvRows.read(csv, separator, MAX_ROWS + 2);
        if (records.isEmpty() || records.get(0).blank()) {
            a.fileProblem = "customerImport.file.empty";
            return a;
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (KNOWN.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        for (String required : REQUIRED.stream().sorted().toList()) {
            if (!columns.containsKey(required)) {
                a.rejected.add(new RejectedRow(1, required, "customerImport.column.missing"));
                a.fileProblem = "customerImport.column.missing";
            }
        }
        if (records.size() > MAX_ROWS + 1) {
            a.fileProblem = "customerImport.file.tooManyRows";
        }
        if (a.fileProblem != null) {
            return a;
        }
        Map<String, String> categoryByCodeOrName = new HashMap<>();
        categories.active().forEach(c -> {
            categoryByCodeOrName.put(c.code().toLowerCase(Locale.ROOT), c.code());
            categoryByCodeOrName.put(c.name().toLowerCase(Locale.ROOT), c.code());
        });
        Map<String, Integer> firstLineOfNik = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (CsvRows.Row record : records.subList(1, records.size())) {
            if (record.blank()) {
                continue;
            }
            a.rows++;
            Candidate candidate = validate(record, columns, categoryByCodeOrName, separator, a.rejected);
            if (candidate == null) {
                continue;
            }
            Integer earlier = firstLineOfNik.putIfAbsent(candidate.customer.nik(), record.line());
            if (earlier != null) {
                a.rejected.add(new RejectedRow(record.line(), "nik", "customerImport.nik.duplicateInFile"));
                continue;
            }
            candidates.add(candidate);
        }
        Set<String> known = store.existingNiks(candidates.stream().map(c -> c.customer.nik()).toList());
        for (Candidate c : candidates) {
            if (known.contains(c.customer.nik())) {
                a.rejected.add(new RejectedRow(c.line, "nik", "customer.nik.duplicate"));
            } else {
                a.valid.add(c.customer);
            }
        }
        a.rejected.sort((x, y) -> Integer.compare(x.line(), y.line()));
        return a;
    }

    private static Candidate validate(CsvRows.Row record, Map<String, Integer> columns, Map<String, String> categories,
                                      char separator, List<RejectedRow> rejected) {
        GeoPoint location = null;
        String lat = cell(record, columns, "latitude");
        String lon = cell(record, columns, "longitude");
        boolean locationOk = true;
        if (!lat.isBlank() || !lon.isBlank()) {
            try {
                // with ; as separator Excel writes decimal commas (-7,7601)
                location = new GeoPoint(number(lat, separator), number(lon, separator));
            } catch (NumberFormatException e) {
                rejected.add(new RejectedRow(record.line(), "location", "customer.location.invalid"));
                locationOk = false;
            } catch (InvalidInputException e) {
                rejected.add(new RejectedRow(record.line(), "location", "location.outOfRange"));
                locationOk = false;
            }
        }
        String category = cell(record, columns, "category").strip();
        String categoryCode = category.isEmpty() ? DEFAULT_CATEGORY
                : categories.getOrDefault(category.toLowerCase(Locale.ROOT), category);
        CustomerForm form = new CustomerForm(cell(record, columns, "name"), cell(record, columns, "nik"),
                cell(record, columns, "phone"), cell(record, columns, "email"), cell(record, columns, "address"),
                location, categoryCode, cell(record, columns, "notes"));
        try {
            ValidCustomer valid = CustomerRules.validate(form, categories::containsValue);
            return locationOk ? new Candidate(record.line(), valid) : null;
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, keys) -> keys.forEach(k -> rejected.add(new RejectedRow(record.line(), field, k))));
            return null;
        }
    }

    private static double number(String value, char separator) {
        String v = value.strip();
        return Double.parseDouble(separator == ';' ? v.replace(',', '.') : v);
    }

    private static String cell(CsvRows.Row record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.fields().size() ? "" : record.fields().get(index);
    }

    private record Candidate(int line, ValidCustomer customer) {
    }

    private static final class Analysis {
        int rows;
        final List<ValidCustomer> valid = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        String fileProblem;

        ImportReport report(int imported) {
            return new ImportReport(rows, valid.size(), imported, List.copyOf(rejected), fileProblem);
        }
    }
}
