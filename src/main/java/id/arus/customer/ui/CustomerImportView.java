package id.arus.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import id.arus.customer.CustomerImport;
import id.arus.customer.ImportReport;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;

/**
 * Import customers from a spreadsheet: the file is checked first and every rejected row is listed with its
 * line and reason; the valid rows are then imported together, all or none.
 */
@Route("customers/import")
@RolesAllowed({"ADMIN", "CS"})
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    /** A CSV of 20,000 customers is about 3 MB. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final transient CustomerImport imports;
    private final Span summary = new Span();
    private final Grid<ImportReport.RejectedRow> rejected = new Grid<>(ImportReport.RejectedRow.class, false);
    private final Button run = new Button();
    private String csv;

    public CustomerImportView(CustomerImport imports) {
        this.imports = imports;
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                check(new String(bytes, StandardCharsets.UTF_8)))));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".txt");

        summary.setId("import-summary");
        rejected.setId("import-rejected");
        rejected.addColumn(ImportReport.RejectedRow::line).setHeader(getTranslation("customer.import.line")).setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(r -> getTranslation("customer.field." + r.field())).setHeader(getTranslation("customer.import.field")).setAutoWidth(true);
        rejected.addColumn(r -> getTranslation(r.reason())).setHeader(getTranslation("customer.import.reason")).setFlexGrow(3);
        rejected.setVisible(false);
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(false);
        run.addClickListener(e -> run());

        add(new RouterLink(getTranslation("customer.back"), CustomersView.class), new H2(getTranslation("customer.import.title")),
                new Paragraph(getTranslation("customer.import.help", CustomerImport.MAX_ROWS)), upload, summary, run, rejected);
        setSizeFull();
    }

    /** Checks a file's content and shows the report; public to the package for the view test. */
    void check(String content) {
        csv = content;
        ImportReport report = imports.check(content);
        show(report);
        run.setText(getTranslation("customer.import.run", report.valid()));
        run.setVisible(report.fileProblem() == null && report.valid() > 0);
    }

    private void run() {
        try {
            ImportReport report = imports.run(csv);
            FieldErrors.success(getTranslation("customer.import.done", report.imported()));
            show(report);
        } catch (InvalidInputException e) {
            FieldErrors.error(getTranslation(e.fieldErrors().values().iterator().next().get(0)));
        }
        run.setVisible(false);
        csv = null;
    }

    private void show(ImportReport report) {
        summary.setText(report.fileProblem() != null ? getTranslation(report.fileProblem())
                : getTranslation("customer.import.summary", report.rows(), report.valid(), report.rejectedRows()));
        rejected.setItems(report.rejected());
        rejected.setVisible(!report.rejected().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.import.title");
    }
}
