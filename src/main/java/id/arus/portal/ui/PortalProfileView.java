package id.arus.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.arus.customer.Customer;
import id.arus.customer.CustomerDirectory;
import id.arus.customer.CustomerForm;
import id.arus.identity.MyAccount;
import id.arus.portal.PortalLayout;
import id.arus.portal.PortalSignUp;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.LocationPicker;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The customer's own data (name, phone, e-mail, address, location; the NIK is shown, changed only by
 * customer service) and their password, which needs the current one.
 */
@Route(value = PortalProfileView.ROUTE, layout = PortalLayout.class)
@RolesAllowed("CUSTOMER")
public class PortalProfileView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "portal/profil";

    private final transient CustomerDirectory customers;
    private final transient MyAccount account;
    final Paragraph code = new Paragraph();
    final TextField name = new TextField();
    final TextField nik = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea address = new TextArea();
    final LocationPicker location = new LocationPicker();
    final Button save = new Button();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword = new Button();
    private final FieldErrors dataErrors = new FieldErrors(this);
    private final FieldErrors passwordErrors = new FieldErrors(this);

    public PortalProfileView(CustomerDirectory customers, MyAccount account) {
        this.customers = customers;
        this.account = account;
        setPadding(false);
        code.setId("profile-code");
        PortalFields.labelled(name, "profile-name", "portal.signup.fullName");
        PortalFields.labelled(nik, "profile-nik", "portal.signup.nik");
        // name and NIK stay as customer service verified them against the KTP
        name.setReadOnly(true);
        nik.setReadOnly(true);
        nik.setHelperText(getTranslation("portal.profile.nik.help"));
        PortalFields.labelled(phone, "profile-phone", "portal.signup.phone");
        PortalFields.labelled(email, "profile-email", "portal.signup.email");
        PortalFields.labelled(address, "profile-address", "portal.signup.address");
        PortalFields.labelled(location, "profile-location", "portal.signup.location");
        dataErrors.bind("name", name).bind("phone", phone).bind("email", email).bind("address", address).bind("location", location);
        save.setText(getTranslation("portal.profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveData());
        FormLayout data = new FormLayout(name, nik, phone, email, address, location);
        data.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        PortalFields.labelled(currentPassword, "profile-current-password", "portal.profile.currentPassword");
        PortalFields.labelled(newPassword, "profile-new-password", "portal.signup.password");
        PortalFields.labelled(repeatPassword, "profile-repeat-password", "portal.signup.passwordRepeat");
        passwordErrors.bind("currentPassword", currentPassword).bind("newPassword", newPassword).bind("passwordRepeat", repeatPassword);
        changePassword.setText(getTranslation("portal.profile.changePassword"));
        changePassword.setId("profile-change-password");
        changePassword.addClickListener(e -> changePassword());
        FormLayout passwords = new FormLayout(currentPassword, newPassword, repeatPassword);
        passwords.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));

        add(new H2(getTranslation("portal.profile.title")), code, data, save,
                new H3(getTranslation("portal.profile.password")), passwords, changePassword);
        try {
            show(customers.mine());
        } catch (java.util.NoSuchElementException e) {
            // an account customer service has not linked to a customer record yet: only the password form works
            code.setText(getTranslation("portal.profile.noRecord"));
            data.setVisible(false);
            save.setVisible(false);
        }
    }

    private void show(Customer c) {
        code.setText(getTranslation("portal.profile.code", c.code()));
        name.setValue(c.name());
        nik.setValue(c.nik() == null ? "" : c.nik());
        phone.setValue(c.phone() == null ? "" : c.phone());
        email.setValue(c.email() == null ? "" : c.email());
        address.setValue(c.address() == null ? "" : c.address());
        location.setValue(c.location());
    }

    void saveData() {
        dataErrors.clear();
        try {
            Customer current = customers.mine();
            Customer saved = customers.updateMine(new CustomerForm(name.getValue(), current.nik(), phone.getValue(),
                    email.getValue(), address.getValue(), PortalSignUp.location(location.getText()), current.category(),
                    current.notes()));
            show(saved);
            FieldErrors.success(getTranslation("portal.profile.saved"));
        } catch (InvalidInputException e) {
            dataErrors.show(e);
        }
    }

    void changePassword() {
        passwordErrors.clear();
        try {
            if (!newPassword.getValue().equals(repeatPassword.getValue())) {
                throw new InvalidInputException(Map.of("passwordRepeat", List.of("signup.password.mismatch")));
            }
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            FieldErrors.success(getTranslation("portal.profile.passwordChanged"));
        } catch (InvalidInputException e) {
            passwordErrors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.profile.title");
    }
}
