package id.arus.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;

/** Customer service registers a customer; saving opens the customer's screen for documents and services. */
@Route("customers/new")
@RolesAllowed({"ADMIN", "CS"})
public class NewCustomerView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomerDirectory directory;
    private final CustomerFields fields;

    public NewCustomerView(CustomerDirectory directory) {
        this.directory = directory;
        fields = new CustomerFields(directory.categories());
        Button save = new Button(getTranslation("customer.save"), e -> save());
        save.setId("customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink back = new RouterLink(getTranslation("customer.back"), CustomersView.class);
        add(back, new H2(getTranslation("customer.new.title")), fields, new HorizontalLayout(save));
    }

    private void save() {
        try {
            fields.errors.clear();
            Customer created = directory.create(fields.read());
            FieldErrors.success(getTranslation("customer.created", created.code()));
            getUI().ifPresent(ui -> ui.navigate(CustomerView.class, new RouteParameters("code", created.code())));
        } catch (InvalidInputException e) {
            fields.errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.new.title");
    }
}
