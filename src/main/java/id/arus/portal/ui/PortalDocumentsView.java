package id.arus.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.arus.customer.CustomerDocument;
import id.arus.customer.CustomerDocuments;
import id.arus.customer.DocumentType;
import id.arus.portal.PortalLayout;
import id.arus.settings.OperatorZone;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.Quantities;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The customer's documents: upload the KTP photo and the signed contract (JPEG, PNG or PDF up to the limit
 * shown, the limit the customer module enforces) and see whether customer service verified or
 * rejected each, with the reason.
 */
@Route(value = PortalDocumentsView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalDocumentsView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "portal/dokumen";
    static final List<DocumentType> CUSTOMER_TYPES = List.of(DocumentType.KTP, DocumentType.CONTRACT);

    private final transient CustomerDocuments documents;
    private final transient OperatorZone zone;
    final Select<DocumentType> type = new Select<>();
    final Upload upload;
    final Grid<CustomerDocument> grid = new Grid<>(CustomerDocument.class, false);

    public PortalDocumentsView(CustomerDocuments documents, OperatorZone zone) {
        this.documents = documents;
        long maxBytes = documents.maxBytes();
        this.zone = zone;
        setPadding(false);
        type.setId("documents-type");
        type.setLabel(getTranslation("portal.documents.type"));
        type.setItems(CUSTOMER_TYPES);
        type.setItemLabelGenerator(t -> getTranslation("portal.documents.type." + t.name()));
        type.setValue(DocumentType.KTP);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ui.access(() -> uploaded(metadata.fileName(), bytes))));
        upload.setId("documents-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.addFileRejectedListener(e -> FieldErrors.error(getTranslation("portal.documents.rejectedFile",
                Quantities.bytes(maxBytes))));
        Paragraph limits = new Paragraph(getTranslation("portal.documents.limits", Quantities.bytes(maxBytes)));
        limits.setId("documents-limits");

        grid.setId("documents-grid");
        grid.addColumn(d -> getTranslation("portal.documents.type." + d.type().name())).setHeader(getTranslation("portal.documents.type"))
                .setAutoWidth(true);
        grid.addColumn(CustomerDocument::filename).setHeader(getTranslation("portal.documents.file")).setFlexGrow(1);
        grid.addColumn(d -> Quantities.bytes(d.size())).setHeader(getTranslation("portal.documents.size")).setAutoWidth(true);
        grid.addColumn(d -> zone.format(d.uploadedAt(), getLocale())).setHeader(getTranslation("portal.documents.uploaded"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("portal.documents.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("portal.documents.none"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("portal.documents.title")), new Paragraph(getTranslation("portal.documents.intro")), type,
                limits, upload, grid);
        refresh();
    }

    void uploaded(String filename, byte[] bytes) {
        try {
            documents.uploadMine(type.getValue() == null ? DocumentType.KTP : type.getValue(), filename, bytes);
            FieldErrors.success(getTranslation("portal.documents.done", filename));
        } catch (InvalidInputException e) {
            new FieldErrors(this).show(e);
        }
        upload.clearFileList();
        refresh();
    }

    void refresh() {
        try {
            grid.setItems(documents.mine().stream().filter(d -> CUSTOMER_TYPES.contains(d.type())).toList());
        } catch (java.util.NoSuchElementException e) {
            grid.setItems(List.of()); // no customer record linked yet
        }
    }

    private Span status(CustomerDocument d) {
        String text = getTranslation("portal.documents.status." + d.status().name());
        if (d.statusReason() != null && !d.statusReason().isBlank()) {
            text += ": " + d.statusReason();
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(switch (d.status()) {
            case VERIFIED -> "badge success";
            case REJECTED -> "badge error";
            case PENDING -> "badge";
        });
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.documents.title");
    }
}
