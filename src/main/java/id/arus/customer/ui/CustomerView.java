package id.arus.customer.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentStatus;
import id.arus.customer.DocumentType;
import id.arus.customer.ServiceSummary;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.NoSuchElementException;

/**
 * One customer: their details (editable by customer service), their services as the subscription module
 * reports them, and their documents (upload, download, verify or reject).
 */
@Route("customers/:code")
@RolesAllowed({"ADMIN", "NOC", "FINANCE", "TECHNICIAN", "CS"})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerDirectory directory;
    private final transient CustomerDocuments documents;
    private final transient OperatorZone zone;
    private final boolean mayChange;
    private final boolean mayUpload;
    private Customer customer;
    private CustomerFields fields;
    private final Grid<CustomerDocument> documentGrid = new Grid<>(CustomerDocument.class, false);

    public CustomerView(CustomerDirectory directory, CustomerDocuments documents, AuthenticationContext authentication,
                        OperatorZone zone) {
        this.directory = directory;
        this.documents = documents;
        this.zone = zone;
        this.mayChange = authentication.hasAnyRole("ADMIN", "CS");
        this.mayUpload = authentication.hasAnyRole("ADMIN", "CS", "TECHNICIAN");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            customer = directory.get(code);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No customer " + code);
        }
        removeAll();
        add(new RouterLink(getTranslation("customer.back"), CustomersView.class), header(), details(), services(),
                documentsSection());
    }

    private HorizontalLayout header() {
        H2 title = new H2(customer.code() + " · " + customer.name());
        title.setId("customer-title");
        Span status = StatusBadge.of(customer.status(), getTranslation("customer.status." + customer.status()));
        status.setId("customer-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        return header;
    }

    private VerticalLayout details() {
        var categories = directory.categories();
        fields = new CustomerFields(categories);
        fields.show(customer, categories);
        fields.setReadOnly(!mayChange);
        Button save = new Button(getTranslation("customer.save"), e -> save());
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(mayChange);
        VerticalLayout section = new VerticalLayout(fields, save);
        section.setPadding(false);
        return section;
    }

    private void save() {
        try {
            fields.errors.clear();
            customer = directory.update(customer.code(), fields.read());
            FieldErrors.success(getTranslation("customer.saved"));
        } catch (InvalidInputException e) {
            fields.errors.show(e);
        }
    }

    private VerticalLayout services() {
        Grid<ServiceSummary> grid = new Grid<>(ServiceSummary.class, false);
        grid.setId("customer-services");
        grid.addComponentColumn(s -> new Anchor("subscriptions/" + s.subscriptionNumber(), s.subscriptionNumber()))
                .setHeader(getTranslation("customer.service.number")).setAutoWidth(true);
        grid.addColumn(ServiceSummary::status).setHeader(getTranslation("customer.field.status")).setAutoWidth(true);
        grid.addColumn(s -> s.nasId() == null ? "" : String.valueOf(s.nasId())).setHeader(getTranslation("customer.filter.nas"));
        grid.addColumn(ServiceSummary::planId).setHeader(getTranslation("customer.filter.plan"));
        grid.setItems(directory.services(customer.code()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("customer.service.none"));
        Anchor newService = new Anchor("subscriptions/new?customer=" + customer.code(), getTranslation("customer.service.new"));
        newService.setId("customer-new-service");
        newService.getElement().getThemeList().add("badge primary");
        newService.setVisible(mayChange);
        HorizontalLayout title = new HorizontalLayout(new H3(getTranslation("customer.services")), newService);
        title.setAlignItems(Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(title, grid);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout documentsSection() {
        documentGrid.setId("customer-documents");
        documentGrid.addColumn(d -> getTranslation("customer.document.type." + d.type())).setHeader(getTranslation("customer.document.type"))
                .setAutoWidth(true);
        documentGrid.addComponentColumn(this::download).setHeader(getTranslation("customer.document.file"));
        documentGrid.addColumn(d -> d.size() / 1024 + " KB").setHeader(getTranslation("customer.document.size")).setAutoWidth(true);
        documentGrid.addComponentColumn(d -> {
            Span badge = StatusBadge.of(d.status(), getTranslation("customer.document.status." + d.status()));
            if (d.statusReason() != null) {
                badge.setTitle(d.statusReason());
            }
            return badge;
        }).setHeader(getTranslation("customer.field.status")).setAutoWidth(true);
        documentGrid.addColumn(d -> zone.format(d.uploadedAt(), getLocale()) + " · " + d.uploadedBy())
                .setHeader(getTranslation("customer.document.uploaded")).setAutoWidth(true);
        if (mayChange) {
            documentGrid.addComponentColumn(this::decisionButtons).setKey("decide").setAutoWidth(true).setFlexGrow(0);
        }
        documentGrid.setAllRowsVisible(true);
        documentGrid.setEmptyStateText(getTranslation("customer.document.none"));
        refreshDocuments();

        VerticalLayout section = new VerticalLayout(new H3(getTranslation("customer.documents")), documentGrid);
        section.setPadding(false);
        if (mayUpload) {
            section.add(uploader());
        }
        return section;
    }

    private Anchor download(CustomerDocument d) {
        long id = d.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(documents.content(id)), d.filename(), d.contentType(), d.size())), d.filename());
        link.setTarget("_blank");
        return link;
    }

    private HorizontalLayout decisionButtons(CustomerDocument d) {
        Button verify = new Button(getTranslation("customer.document.verify"), VaadinIcon.CHECK.create(), e -> {
            documents.verify(d.id());
            refreshDocuments();
        });
        verify.setId("document-verify-" + d.id());
        verify.setEnabled(d.status() != DocumentStatus.VERIFIED);
        Button reject = new Button(getTranslation("customer.document.reject"), VaadinIcon.CLOSE.create(), e -> reject(d));
        reject.setId("document-reject-" + d.id());
        reject.setEnabled(d.status() != DocumentStatus.REJECTED);
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(verify, reject);
    }

    private void reject(CustomerDocument d) {
        TextField reason = new TextField(getTranslation("customer.document.reason"));
        reason.setId("document-reason");
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("document-reject-dialog");
        dialog.setHeader(getTranslation("customer.document.reject") + ": " + d.filename());
        dialog.setText(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("customer.cancel"));
        dialog.setConfirmText(getTranslation("customer.document.reject"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                documents.reject(d.id(), reason.getValue());
                refreshDocuments();
            } catch (InvalidInputException problem) {
                FieldErrors.error(getTranslation(problem.fieldErrors().values().iterator().next().get(0)));
            }
        });
        dialog.open();
    }

    private HorizontalLayout uploader() {
        Select<DocumentType> type = new Select<>();
        type.setId("document-type");
        type.setLabel(getTranslation("customer.document.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> getTranslation("customer.document.type." + t));
        type.setValue(DocumentType.KTP);
        String code = customer.code();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                documents.upload(code, null, type.getValue(), metadata.fileName(), bytes);
                FieldErrors.success(getTranslation("customer.document.stored", metadata.fileName()));
                refreshDocuments();
            } catch (InvalidInputException e) {
                FieldErrors.error(getTranslation(e.fieldErrors().values().iterator().next().get(0)));
            }
        })));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.addFileRejectedListener(e -> FieldErrors.error(e.getErrorMessage()));
        Span limits = new Span(getTranslation("customer.document.limits", documents.maxBytes() / (1024 * 1024)));
        limits.setId("document-limits");
        HorizontalLayout row = new HorizontalLayout(type, upload, limits);
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    private void refreshDocuments() {
        documentGrid.setItems(documents.list(customer.code()));
    }

    @Override
    public String getPageTitle() {
        return customer == null ? getTranslation("customer.list.title") : customer.code() + " " + customer.name();
    }
}
