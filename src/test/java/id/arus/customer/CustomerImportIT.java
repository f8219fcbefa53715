package id.arus.customer;

import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.customer.ImportReport.RejectedRow;
import id.arus.shared.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class CustomerImportIT {

    @Autowired
    CustomerImport imports;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    AuditTrail audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void reportsEveryRejectedRowThenImportsTheValidOnesTogether() {
        signIn("cs-" + tag, "CS");
        Customer existing = customers.create(TestCustomers.form("Existing " + tag));
        String a = TestCustomers.nik();
        String b = TestCustomers.nik();
        String csv = String.join("\n",
                "Name;NIK;Phone;Address;Latitude;Longitude;Category;Email",
                "Andi " + tag + ";" + a + ";0812-1111-2222;Jl. Kaliurang 1;-7,7601;110,3801;Usaha;",
                "Bayu " + tag + ";" + b + ";+62 813 2222 3333;\"Jl. Magelang; km 5\";;;;bayu@example.id",
                "Copy " + tag + ";" + a + ";0812-1111-2223;Jl. Palagan;;;;",
                "Old " + tag + ";" + existing.nik() + ";0812-1111-2224;Jl. Monjali;;;;",
                "Bad " + tag + ";123;0274 123456;Jl. Gejayan;-7.7;;unknown-category;",
                "");

        ImportReport check = imports.check(csv);
        assertThat(check.rows()).isEqualTo(5);
        assertThat(check.valid()).isEqualTo(2);
        assertThat(check.imported()).isZero();
        assertThat(check.fileProblem()).isNull();
        assertThat(check.rejected()).contains(
                new RejectedRow(4, "nik", "customerImport.nik.duplicateInFile"),
                new RejectedRow(5, "nik", "customer.nik.duplicate"),
                new RejectedRow(6, "nik", "customer.nik.format"),
                new RejectedRow(6, "phone", "customer.phone.invalid"),
                new RejectedRow(6, "category", "customer.category.unknown"),
                new RejectedRow(6, "location", "customer.location.invalid"));
        assertThat(check.rejectedRows()).isEqualTo(3);
        assertThat(customers.count(CustomerQuery.text(tag))).as("a check stores nothing").isEqualTo(1);

        ImportReport run = imports.run(csv);
        assertThat(run.imported()).isEqualTo(2);
        Customer andi = customers.search(CustomerQuery.text("andi " + tag), 0, 5).get(0);
        assertThat(andi.category()).isEqualTo("business");
        assertThat(andi.location().latitude()).isEqualTo(-7.7601);
        assertThat(andi.phone()).isEqualTo("+6281211112222");
        Customer bayu = customers.search(CustomerQuery.text("bayu " + tag), 0, 5).get(0);
        assertThat(bayu.address()).isEqualTo("Jl. Magelang; km 5");
        assertThat(bayu.category()).isEqualTo("residential");
        assertThat(bayu.code()).isNotEqualTo(andi.code());

        signIn("admin-" + tag, "ADMIN");
        assertThat(audit.search(new AuditQuery(null, null, null, "customer.imported", null), 0, 50))
                .anySatisfy(e -> assertThat(e.after()).contains("\"imported\":2").contains("\"rejectedRows\":3"));
        // importing the same file again finds everyone already there
        assertThat(imports.check(csv).valid()).isZero();
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        signIn("cs-" + tag, "CS");
        ImportReport report = imports.check("name,phone\nBudi,0812 3333 4444\n");
        assertThat(report.fileProblem()).isEqualTo("customerImport.column.missing");
        assertThat(report.rejected()).contains(new RejectedRow(1, "nik", "customerImport.column.missing"),
                new RejectedRow(1, "address", "customerImport.column.missing"));
        assertThatThrownBy(() -> imports.run("name,phone\nBudi,0812 3333 4444\n")).isInstanceOf(InvalidInputException.class);
        assertThat(imports.check("").fileProblem()).isEqualTo("customerImport.file.empty");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        signIn("admin-" + tag, "ADMIN");
        StringBuilder csv = new StringBuilder("name,nik,phone,address\n");
        for (int i = 0; i <= CustomerImport.MAX_ROWS; i++) {
            csv.append("x,1,2,y\n");
        }
        assertThat(imports.check(csv.toString()).fileProblem()).isEqualTo("customerImport.file.tooManyRows");
    }

    @Test
    void onlyCustomerServiceAndAdminsImport() {
        signIn("noc-" + tag, "NOC");
        assertThatThrownBy(() -> imports.check("name,nik,phone,address\n")).isInstanceOf(AccessDeniedException.class);
    }
}
