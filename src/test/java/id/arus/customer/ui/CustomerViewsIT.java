package id.arus.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static id.arus.network.NetworkTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import id.arus.ArusIT;
import id.arus.KaribuViews;
import id.arus.customer.CategoryOverview;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentStatus;
import id.arus.customer.DocumentType;
import id.arus.customer.ImportReport;
import id.arus.customer.TestCustomers;
import id.arus.shell.ArusI18n;
import id.arus.shell.LocationPicker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

@ArusIT
class CustomerViewsIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    CustomerDocuments documents;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void stop() {
        KaribuViews.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void customerServiceRegistersACustomerAndSeesWhatIsWrongFirst() {
        signIn("cs-view-" + tag, "CS");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(NewCustomerView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("customer-name")), "Sari " + tag);
        _setValue(_get(TextField.class, spec -> spec.withId("customer-nik")), "3404011505900");
        _setValue(_get(TextField.class, spec -> spec.withId("customer-phone")), "0274 123456");
        _setValue(_get(TextArea.class, spec -> spec.withId("customer-address")), "Jl. Kaliurang km 9");
        _get(LocationPicker.class, spec -> spec.withId("customer-location")).setText("-7.73 110.39");
        _click(_get(Button.class, spec -> spec.withId("customer-save")));

        TextField nik = _get(TextField.class, spec -> spec.withId("customer-nik"));
        TextField phone = _get(TextField.class, spec -> spec.withId("customer-phone"));
        assertThat(nik.isInvalid()).isTrue();
        assertThat(nik.getErrorMessage()).isEqualTo("NIK terdiri dari tepat 16 angka.");
        assertThat(phone.getErrorMessage()).startsWith("Isi nomor HP Indonesia");

        _setValue(nik, TestCustomers.nik());
        _setValue(phone, "0812 9999 " + String.format("%04d", (int) (Math.random() * 10000)));
        _click(_get(Button.class, spec -> spec.withId("customer-save")));

        CustomerView shown = _get(CustomerView.class);
        assertThat(_get(H2.class, spec -> spec.withId("customer-title")).getText()).endsWith("Sari " + tag);
        assertThat(_get(Span.class, spec -> spec.withId("customer-status")).getText()).isEqualTo("Tidak aktif");
        assertThat(shown).isNotNull();
        assertThat(customers.search(id.arus.customer.CustomerQuery.text("sari " + tag), 0, 5))
                .singleElement().satisfies(c -> assertThat(c.location().latitude()).isEqualTo(-7.73));
    }

    @Test
    void theListFindsACustomerByPhoneAsTyped() {
        signIn("noc-view-" + tag, "NOC");
        String phone = TestCustomers.mobile();
        Customer created = asCs(() -> customers.create(TestCustomers.withPhone(TestCustomers.form("Listed " + tag), phone)));
        KaribuViews.start(context, Locale.ENGLISH);
        KaribuViews.show(CustomersView.class);

        assertThat(_find(Button.class, spec -> spec.withId("customer-add"))).as("NOC only reads").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("customer-search")),
                phone.substring(0, 4) + "-" + phone.substring(4, 8) + "-" + phone.substring(8));
        @SuppressWarnings("unchecked")
        Grid<Customer> grid = _get(Grid.class, spec -> spec.withId("customer-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).code())).containsExactly(created.code());
        assertThat(_get(Span.class, spec -> spec.withId("customer-total")).getText()).isEqualTo("1 customers");
    }

    @Test
    void customerServiceVerifiesAndRejectsDocumentsOnTheCustomerScreen() {
        signIn("cs-docs-" + tag, "CS");
        Customer c = customers.create(TestCustomers.form("Documents " + tag));
        CustomerDocument ktp = documents.upload(c.code(), null, DocumentType.KTP, "ktp.pdf",
                "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        KaribuViews.start(context, Locale.ENGLISH);
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters("code", c.code()));

        assertThat(_get(Span.class, spec -> spec.withId("document-limits")).getText()).isEqualTo("JPEG, PNG or PDF, at most 5 MB");
        @SuppressWarnings("unchecked")
        Grid<CustomerDocument> grid = _get(Grid.class, spec -> spec.withId("customer-documents"));
        var buttons = GridKt._getCellComponent(grid, 0, "decide");
        _click(_get(buttons, Button.class, spec -> spec.withId("document-verify-" + ktp.id())));
        assertThat(documents.list(c.code()).get(0).status()).isEqualTo(DocumentStatus.VERIFIED);
        assertThat(GridKt._get(grid, 0).status()).isEqualTo(DocumentStatus.VERIFIED);
    }

    @Test
    void theImportScreenShowsRejectedRowsThenImportsTheValidOnes() {
        signIn("cs-import-" + tag, "CS");
        KaribuViews.start(context, Locale.ENGLISH);
        CustomerImportView view = KaribuViews.show(CustomerImportView.class);

        view.check("name,nik,phone,address\nImported " + tag + "," + TestCustomers.nik() + ",0813 1212 3434,Jl. Wates\n"
                + "Broken " + tag + ",123,0813 1212 3435,Jl. Wates\n");
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText()).isEqualTo("2 rows: 1 valid, 1 rejected.");
        @SuppressWarnings("unchecked")
        Grid<ImportReport.RejectedRow> rejected = _get(Grid.class, spec -> spec.withId("import-rejected"));
        assertThat(GridKt._get(rejected, 0)).isEqualTo(new ImportReport.RejectedRow(3, "nik", "customer.nik.format"));
        Button run = _get(Button.class, spec -> spec.withId("import-run"));
        assertThat(run.getText()).isEqualTo("Import 1 valid rows");
        _click(run);
        assertThat(customers.count(id.arus.customer.CustomerQuery.text("imported " + tag))).isEqualTo(1);
    }

    @Test
    void anAdminAddsACategory() {
        signIn("admin-cat-" + tag, "ADMIN");
        KaribuViews.start(context, ArusI18n.INDONESIAN);
        KaribuViews.show(CustomerCategoriesView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("category-code")), "Bad Code!");
        _setValue(_get(TextField.class, spec -> spec.withId("category-name")), "Pesantren " + tag);
        _click(_get(Button.class, spec -> spec.withId("category-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("category-code")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("category-code")), "pesantren-" + tag);
        _click(_get(Button.class, spec -> spec.withId("category-add")));
        @SuppressWarnings("unchecked")
        Grid<CategoryOverview> grid = _get(Grid.class, spec -> spec.withId("category-grid"));
        List<String> codes = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).category().code()).toList();
        assertThat(codes).contains("residential", "pesantren-" + tag);
    }

    private <T> T asCs(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        signIn("cs-helper-" + tag, "CS");
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
