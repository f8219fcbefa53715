package id.arus.portal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanCatalog;
import id.arus.portal.PortalLayout;
import id.arus.portal.PortalRegistration;
import id.arus.portal.PortalSignUp;
import id.arus.portal.SignedUp;
import id.arus.shared.InvalidInputException;
import id.arus.shell.FieldErrors;
import id.arus.shell.LocationPicker;
import id.arus.shell.Quantities;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Sign-up for new customers, open to anyone: who they are (name, NIK, phone, e-mail, address, location),
 * which plan (the plans on sale with speed and price) and where, a user name and password, and consent.
 * Sending it creates the account, the customer record and the service request together (or nothing), signs
 * the customer in and shows the next step: uploading the KTP.
 */
@Route(value = PortalSignUpView.ROUTE, layout = PortalLayout.class)
@AnonymousAllowed
public class PortalSignUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "portal/daftar";

    private final transient PortalSignUp signUp;
    private final transient AuthenticationContext authentication;
    final TextField fullName = new TextField();
    final TextField nik = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea address = new TextArea();
    final LocationPicker location = new LocationPicker();
    final ComboBox<Plan> plan = new ComboBox<>();
    final TextField site = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordRepeat = new PasswordField();
    final Checkbox consent = new Checkbox();
    final Button send = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    public PortalSignUpView(PortalSignUp signUp, PlanCatalog plans, AuthenticationContext authentication) {
        this.signUp = signUp;
        this.authentication = authentication;
        setPadding(false);
        setId("portal-signup");
        PortalFields.labelled(fullName, "signup-fullName", "portal.signup.fullName");
        PortalFields.labelled(nik, "signup-nik", "portal.signup.nik");
        nik.setMaxLength(16);
        nik.setAllowedCharPattern("[0-9]");
        PortalFields.labelled(phone, "signup-phone", "portal.signup.phone");
        phone.setPlaceholder("0812 3456 7890");
        PortalFields.labelled(email, "signup-email", "portal.signup.email");
        PortalFields.labelled(address, "signup-address", "portal.signup.address");
        PortalFields.labelled(location, "signup-location", "portal.signup.location");
        location.setHelperText(getTranslation("portal.signup.location.help"));
        PortalFields.labelled(plan, "signup-planId", "portal.signup.plan");
        plan.setItems(plans.sellable());
        plan.setItemLabelGenerator(p -> getTranslation("portal.signup.planLabel", p.name(), Quantities.speed(p.downloadKbps()),
                Quantities.speed(p.uploadKbps()), p.price().format(), getTranslation("portal.cycle." + p.cycle().name())));
        PortalFields.labelled(site, "signup-site", "portal.signup.site");
        site.setHelperText(getTranslation("portal.signup.site.help"));
        PortalFields.labelled(username, "signup-username", "portal.signup.username");
        username.setHelperText(getTranslation("portal.signup.username.help"));
        PortalFields.labelled(password, "signup-password", "portal.signup.password");
        password.setHelperText(getTranslation("portal.signup.password.help"));
        PortalFields.labelled(passwordRepeat, "signup-passwordRepeat", "portal.signup.passwordRepeat");
        consent.setId("signup-consent");
        consent.setLabel(getTranslation("portal.signup.consent"));
        errors.bind("consent", consent).bind("fullName", fullName).bind("nik", nik).bind("phone", phone).bind("email", email)
                .bind("address", address).bind("location", location).bind("planId", plan).bind("site", site)
                .bind("username", username).bind("password", password).bind("passwordRepeat", passwordRepeat);
        // the customer module names the person's name "name"; the account names it "fullName"
        errors.bind("name", fullName).bind("installationAddress", address);

        FormLayout form = new FormLayout(fullName, nik, phone, email, address, location, plan, site, username, password,
                passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(address, 2);
        send.setText(getTranslation("portal.signup.send"));
        send.setId("signup-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> submit());
        Anchor login = new Anchor("login", getTranslation("portal.signup.haveAccount"));
        add(new H2(getTranslation("portal.signup.title")), new Paragraph(getTranslation("portal.signup.intro")), form, consent,
                send, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(PortalServicesView.class);
        }
    }

    void submit() {
        PortalRegistration registration = new PortalRegistration(username.getValue(), fullName.getValue(), nik.getValue(),
                phone.getValue(), email.getValue(), address.getValue(), location.getText(),
                plan.getValue() == null ? null : plan.getValue().id(), site.getValue(), password.getValue(),
                passwordRepeat.getValue(), consent.getValue(), getLocale().getLanguage());
        SignedUp done;
        try {
            done = signUp.register(registration, UI.getCurrent().getSession().getBrowser().getAddress());
        } catch (InvalidInputException e) {
            errors.show(e);
            send.setEnabled(true);
            return;
        }
        signIn(done);
        UI.getCurrent().getPage().setLocation(PortalServicesView.ROUTE + "?registered");
    }

    /**
     * Signs the new customer in as the login form would: a new session id (no fixation) holding their
     * identity, then a full reload so every part of the page knows them.
     */
    private static void signIn(SignedUp done) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(done.authentication());
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            var http = request.getHttpServletRequest();
            if (http.getSession(false) != null) {
                http.changeSessionId();
            }
            new HttpSessionSecurityContextRepository().saveContext(context, http, response.getHttpServletResponse());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.signup.title");
    }
}
