package id.arus.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.arus.customer.Customer;
import id.arus.customer.CustomerCategory;
import id.arus.customer.CustomerForm;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.LocationPicker;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a customer, shared by the new-customer and the customer screens. The location is a
 * {@link LocationPicker}: typed or pasted coordinates, or a click on the map.
 */
class CustomerFields extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField nik = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea address = new TextArea();
    final LocationPicker location = new LocationPicker();
    final Select<String> category = new Select<>();
    final TextArea notes = new TextArea();
    final FieldErrors errors;

    CustomerFields(List<CustomerCategory> categories) {
        name.setLabel(getTranslation("customer.field.name"));
        nik.setLabel(getTranslation("customer.field.nik"));
        nik.setHelperText(getTranslation("customer.field.nik.help"));
        phone.setLabel(getTranslation("customer.field.phone"));
        phone.setHelperText(getTranslation("customer.field.phone.help"));
        email.setLabel(getTranslation("customer.field.email"));
        address.setLabel(getTranslation("customer.field.address"));
        location.setLabel(getTranslation("customer.field.location"));
        location.setHelperText(getTranslation("customer.field.location.help"));
        category.setLabel(getTranslation("customer.field.category"));
        notes.setLabel(getTranslation("customer.field.notes"));
        name.setId("customer-name");
        nik.setId("customer-nik");
        phone.setId("customer-phone");
        email.setId("customer-email");
        address.setId("customer-address");
        location.setId("customer-location");
        category.setId("customer-category");
        notes.setId("customer-notes");
        setCategories(categories);
        getContent().add(name, nik, phone, email, address, location, category, notes);
        getContent().setColspan(address, 2);
        getContent().setColspan(notes, 2);
        errors = new FieldErrors(this).bind("name", name).bind("nik", nik).bind("phone", phone).bind("email", email)
                .bind("address", address).bind("location", location).bind("category", category).bind("notes", notes);
    }

    private void setCategories(List<CustomerCategory> categories) {
        List<String> codes = new ArrayList<>(categories.stream().map(CustomerCategory::code).toList());
        category.setItems(codes);
        category.setItemLabelGenerator(code -> categories.stream().filter(c -> c.code().equals(code))
                .map(CustomerCategory::name).findFirst().orElse(code));
        if (!codes.isEmpty()) {
            category.setValue(codes.contains("residential") ? "residential" : codes.get(0));
        }
    }

    /** Shows a customer; a category no longer offered is added so the field can show it. */
    void show(Customer c, List<CustomerCategory> categories) {
        if (categories.stream().noneMatch(k -> k.code().equals(c.category()))) {
            List<CustomerCategory> all = new ArrayList<>(categories);
            all.add(new CustomerCategory(c.category(), c.category(), false));
            setCategories(all);
        }
        name.setValue(c.name());
        nik.setValue(c.nik());
        phone.setValue(c.phone());
        email.setValue(c.email() == null ? "" : c.email());
        address.setValue(c.address());
        location.setValue(c.location());
        category.setValue(c.category());
        notes.setValue(c.notes() == null ? "" : c.notes());
    }

    void setReadOnly(boolean readOnly) {
        List.<HasValue<?, ?>>of(name, nik, phone, email, address, location, notes, category).forEach(f -> f.setReadOnly(readOnly));
    }

    /** The form as typed; a location that is not "lat,lon" is refused here with the field named. */
    CustomerForm read() {
        return new CustomerForm(name.getValue(), nik.getValue(), phone.getValue(), email.getValue(), address.getValue(),
                parseLocation(location.getText()), category.getValue(), notes.getValue());
    }

    static GeoPoint parseLocation(String text) {
        return GeoPoint.parse(text, "customer.location.invalid");
    }
}
