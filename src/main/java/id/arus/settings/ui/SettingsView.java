package id.arus.settings.ui;

import id.arus.shell.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import id.arus.settings.CompanyProfile;
import id.arus.settings.InvalidSettingsException;
import id.arus.settings.MailServerSettings;
import id.arus.settings.Npwp;
import id.arus.settings.RegionalSettings;
import id.arus.settings.SettingsManagement;
import id.arus.settings.SettingsRules;
import id.arus.settings.SettingsViolation;
import id.arus.settings.SmtpSecurity;
import id.arus.settings.TestMailFailedException;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operator's settings in three tabs. Field checks are {@link SettingsRules}, the same rules the
 * service enforces, shown in the user's language; anything the service still refuses is put back on the
 * field it names. The SMTP password is write-only: the field starts empty and an empty field keeps the
 * stored password.
 */
@Route("admin/settings")
@Menu(title = "menu.settings", order = 84, icon = "vaadin:cog")
@RolesAllowed("ADMIN")
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SettingsManagement settings;

    // company
    final TextField companyName = new TextField();
    final TextArea companyAddress = new TextArea();
    final TextField npwp = new TextField();
    final Div logoPreview = new Div();
    final Upload logoUpload;
    final Button saveCompany = new Button();
    // regional
    final ComboBox<String> zone = new ComboBox<>();
    final Select<String> language = new Select<>();
    final TextField currency = new TextField();
    final Button saveRegional = new Button();
    // mail
    final TextField host = new TextField();
    final IntegerField port = new IntegerField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Select<SmtpSecurity> security = new Select<>();
    final EmailField fromAddress = new EmailField();
    final TextField fromName = new TextField();
    final Button saveMail = new Button();
    final TextField testRecipient = new TextField();
    final Button sendTest = new Button();
    final Span testResult = new Span();
    // where router down/up mail goes
    final EmailField nocEmail = new EmailField();
    final Button saveNocEmail = new Button();

    private final Binder<CompanyForm> companyBinder = new Binder<>();
    private final Binder<RegionalForm> regionalBinder = new Binder<>();
    private final Binder<MailForm> mailBinder = new Binder<>();

    public SettingsView(SettingsManagement settings) {
        this.settings = settings;
        UI ui = UI.getCurrent();
        logoUpload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> logoUploaded(bytes))));
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("settings.tab.company"), companyTab());
        tabs.add(getTranslation("settings.tab.regional"), regionalTab());
        tabs.add(getTranslation("settings.tab.mail"), mailTab());
        add(tabs);
    }

    // ---- company

    private VerticalLayout companyTab() {
        companyName.setId("company-name");
        companyName.setLabel(getTranslation("settings.company.name"));
        companyName.setRequiredIndicatorVisible(true);
        companyAddress.setId("company-address");
        companyAddress.setLabel(getTranslation("settings.company.address"));
        npwp.setId("company-npwp");
        npwp.setLabel(getTranslation("settings.company.npwp"));
        npwp.setHelperText(getTranslation("settings.company.npwp.helper"));

        companyBinder.forField(companyName).withValidator(rule(SettingsRules::companyName)).bind(CompanyForm::getName, CompanyForm::setName);
        companyBinder.forField(companyAddress).withValidator(rule(SettingsRules::address)).bind(CompanyForm::getAddress, CompanyForm::setAddress);
        companyBinder.forField(npwp).withValidator(rule(SettingsRules::npwp)).bind(CompanyForm::getNpwp, CompanyForm::setNpwp);
        CompanyProfile stored = settings.company();
        companyBinder.readBean(new CompanyForm(stored.name(), stored.address(), stored.npwp() == null ? "" : Npwp.format(stored.npwp())));

        saveCompany.setId("company-save");
        saveCompany.setText(getTranslation("settings.save"));
        saveCompany.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveCompany.addClickListener(e -> {
            CompanyForm form = new CompanyForm();
            if (write(companyBinder, form)) {
                save(() -> settings.updateCompany(new CompanyProfile(form.getName(), form.getAddress(), form.getNpwp())),
                        Map.of("name", companyName, "address", companyAddress, "npwp", npwp));
            }
        });

        logoUpload.setId("company-logo-upload");
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        logoUpload.setMaxFileSize(SettingsRules.LOGO_MAX_BYTES);
        logoUpload.setMaxFiles(1);
        logoUpload.addFileRejectedListener(e -> FieldErrors.error(getTranslation(e.getErrorMessage().toLowerCase().contains("size")
                ? "settings.error.logoTooLarge" : "settings.error.logoType")));
        Button removeLogo = new Button(getTranslation("settings.company.logo.remove"), e -> {
            settings.removeLogo();
            showLogo();
            FieldErrors.success(getTranslation("settings.company.logo.removed"));
        });
        removeLogo.setId("company-logo-remove");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        logoPreview.setId("company-logo");
        showLogo();
        Span logoHelp = new Span(getTranslation("settings.company.logo.helper"));

        FormLayout form = new FormLayout(companyName, npwp, companyAddress);
        form.setColspan(companyAddress, 2);
        VerticalLayout logo = new VerticalLayout(new Span(getTranslation("settings.company.logo")), logoPreview, logoUpload, logoHelp, removeLogo);
        logo.setPadding(false);
        return new VerticalLayout(form, saveCompany, logo);
    }

    /** Runs in the upload's request; the service checks the bytes themselves, whatever the browser claimed. */
    private void logoUploaded(byte[] bytes) {
        try {
            settings.updateLogo(bytes);
            showLogo();
            FieldErrors.success(getTranslation("settings.company.logo.saved"));
        } catch (InvalidSettingsException e) {
            FieldErrors.error(e.violations().stream().map(v -> getTranslation(v.messageKey())).findFirst().orElse(e.getMessage()));
        }
        logoUpload.clearFileList();
    }

    private void showLogo() {
        logoPreview.removeAll();
        if (settings.logo().isPresent()) {
            // Read at each request, so the preview never serves a logo that was replaced meanwhile.
            DownloadHandler image = event -> settings.logo().ifPresent(l -> {
                event.setContentType(l.contentType());
                event.setContentLength(l.bytes().length);
                try {
                    event.getOutputStream().write(l.bytes());
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            Image img = new Image(image, getTranslation("settings.company.logo"));
            img.setMaxHeight("96px");
            logoPreview.add(img);
        } else {
            logoPreview.add(new Span(getTranslation("settings.company.logo.none")));
        }
    }

    // ---- regional

    private VerticalLayout regionalTab() {
        zone.setId("regional-zone");
        zone.setLabel(getTranslation("settings.regional.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        language.setId("regional-language");
        language.setLabel(getTranslation("settings.regional.language"));
        language.setItems(SettingsRules.LANGUAGES);
        language.setItemLabelGenerator(code -> getTranslation("settings.language." + code));
        currency.setId("regional-currency");
        currency.setLabel(getTranslation("settings.regional.currency"));
        currency.setHelperText(getTranslation("settings.regional.currency.helper"));
        currency.setReadOnly(true);

        regionalBinder.forField(zone).withValidator(rule(SettingsRules::zone)).bind(RegionalForm::getZone, RegionalForm::setZone);
        regionalBinder.forField(language).withValidator(rule(SettingsRules::language)).bind(RegionalForm::getLanguage, RegionalForm::setLanguage);
        regionalBinder.forField(currency).withValidator(rule(SettingsRules::currency)).bind(RegionalForm::getCurrency, RegionalForm::setCurrency);
        RegionalSettings stored = settings.regional();
        regionalBinder.readBean(new RegionalForm(stored.zone().getId(), stored.language(), stored.currency()));

        saveRegional.setId("regional-save");
        saveRegional.setText(getTranslation("settings.save"));
        saveRegional.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRegional.addClickListener(e -> {
            RegionalForm form = new RegionalForm();
            if (write(regionalBinder, form)) {
                save(() -> settings.updateRegional(new RegionalSettings(ZoneId.of(form.getZone()), form.getLanguage(), form.getCurrency())),
                        Map.of("zone", zone, "language", language, "currency", currency));
            }
        });
        return new VerticalLayout(new FormLayout(zone, language, currency), saveRegional);
    }

    // ---- mail

    private VerticalLayout mailTab() {
        host.setId("mail-host");
        host.setLabel(getTranslation("settings.mail.host"));
        host.setRequiredIndicatorVisible(true);
        port.setId("mail-port");
        port.setLabel(getTranslation("settings.mail.port"));
        port.setStepButtonsVisible(false);
        username.setId("mail-username");
        username.setLabel(getTranslation("settings.mail.username"));
        username.setHelperText(getTranslation("settings.mail.username.helper"));
        password.setId("mail-password");
        password.setLabel(getTranslation("settings.mail.password"));
        password.setHelperText(getTranslation("settings.mail.password.keep"));
        security.setId("mail-security");
        security.setLabel(getTranslation("settings.mail.security"));
        security.setItems(SmtpSecurity.values());
        security.setItemLabelGenerator(s -> getTranslation("settings.mail.security." + s.name()));
        fromAddress.setId("mail-from-address");
        fromAddress.setLabel(getTranslation("settings.mail.fromAddress"));
        fromName.setId("mail-from-name");
        fromName.setLabel(getTranslation("settings.mail.fromName"));

        mailBinder.forField(host).withValidator(rule(SettingsRules::smtpHost)).bind(MailForm::getHost, MailForm::setHost);
        mailBinder.forField(port).withValidator(rule(SettingsRules::smtpPort)).bind(MailForm::getPort, MailForm::setPort);
        mailBinder.forField(username).withValidator(rule(SettingsRules::smtpUsername)).bind(MailForm::getUsername, MailForm::setUsername);
        mailBinder.forField(password).bind(MailForm::getPassword, MailForm::setPassword);
        mailBinder.forField(security).asRequired(getTranslation("settings.error.required")).bind(MailForm::getSecurity, MailForm::setSecurity);
        mailBinder.forField(fromAddress).withValidator(rule(SettingsRules::email)).bind(MailForm::getFromAddress, MailForm::setFromAddress);
        mailBinder.forField(fromName).withValidator(rule(SettingsRules::fromName)).bind(MailForm::getFromName, MailForm::setFromName);
        loadMail();

        saveMail.setId("mail-save");
        saveMail.setText(getTranslation("settings.save"));
        saveMail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveMail.addClickListener(e -> mailForm().ifPresent(server -> {
            if (save(() -> settings.updateMailServer(server), mailFields())) {
                loadMail();
            }
        }));

        testRecipient.setId("mail-test-recipient");
        testRecipient.setLabel(getTranslation("settings.mail.testRecipient"));
        sendTest.setId("mail-test");
        sendTest.setText(getTranslation("settings.mail.test"));
        testResult.setId("mail-test-result");
        sendTest.addClickListener(e -> mailForm().ifPresent(this::sendTestMail));

        FormLayout form = new FormLayout(host, port, security, username, password, fromAddress, fromName);
        HorizontalLayout test = new HorizontalLayout(testRecipient, sendTest);
        test.setAlignItems(Alignment.BASELINE);
        return new VerticalLayout(form, saveMail, test, testResult, nocEmailRow());
    }

    /** The NOC's address for router outage mail; blank stops that mail (the inbox task still goes out). */
    private HorizontalLayout nocEmailRow() {
        nocEmail.setId("noc-email");
        nocEmail.setLabel(getTranslation("settings.noc.email"));
        nocEmail.setHelperText(getTranslation("settings.noc.email.helper"));
        nocEmail.setClearButtonVisible(true);
        nocEmail.setValue(settings.nocEmail().orElse(""));
        saveNocEmail.setId("noc-email-save");
        saveNocEmail.setText(getTranslation("settings.save"));
        saveNocEmail.addClickListener(e -> {
            nocEmail.setInvalid(false);
            save(() -> settings.updateNocEmail(nocEmail.getValue()), Map.of("nocEmail", nocEmail));
        });
        HorizontalLayout row = new HorizontalLayout(nocEmail, saveNocEmail);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void loadMail() {
        Optional<MailServerSettings> stored = settings.mailServer();
        MailForm form = stored.map(s -> new MailForm(s.host(), s.port(), s.username(), s.security(), s.fromAddress(), s.fromName()))
                .orElseGet(() -> new MailForm("", 587, "", SmtpSecurity.STARTTLS, "", "Arus"));
        mailBinder.readBean(form);
        // The stored password is never sent to the browser; the placeholder only says that one exists.
        password.clear();
        password.setPlaceholder(stored.map(MailServerSettings::password).filter(p -> !p.isEmpty())
                .map(p -> getTranslation("settings.mail.password.stored")).orElse(""));
        if (testRecipient.isEmpty()) {
            testRecipient.setValue(form.getFromAddress() == null ? "" : form.getFromAddress());
        }
    }

    private Optional<MailServerSettings> mailForm() {
        MailForm form = new MailForm();
        if (!write(mailBinder, form)) {
            return Optional.empty();
        }
        return Optional.of(new MailServerSettings(form.getHost(), form.getPort(), form.getUsername(), form.getPassword(),
                form.getSecurity(), form.getFromAddress(), form.getFromName()));
    }

    private void sendTestMail(MailServerSettings server) {
        testRecipient.setInvalid(false);
        try {
            settings.sendTestMail(server, testRecipient.getValue());
            testResult.setText(getTranslation("settings.mail.test.ok", testRecipient.getValue().strip()));
            testResult.getElement().getThemeList().clear();
            testResult.getElement().getThemeList().add("badge success");
        } catch (TestMailFailedException e) {
            // The SMTP server's complaint, as the sending code explained it; it never contains the password.
            testResult.setText(getTranslation("settings.mail.test.failed", e.getMessage()));
            testResult.getElement().getThemeList().clear();
            testResult.getElement().getThemeList().add("badge error");
        } catch (InvalidSettingsException e) {
            Map<String, HasValidation> fields = new HashMap<>(mailFields());
            fields.put("recipient", testRecipient);
            showViolations(e, fields);
        }
    }

    private Map<String, HasValidation> mailFields() {
        return Map.of("host", host, "port", port, "username", username, "security", security,
                "fromAddress", fromAddress, "fromName", fromName);
    }

    // ---- shared

    /** A Binder validator from a settings rule, with the message in the user's language. */
    private <T> Validator<T> rule(Function<T, Optional<String>> check) {
        return (value, context) -> check.apply(value)
                .map(key -> ValidationResult.error(getTranslation(key)))
                .orElseGet(ValidationResult::ok);
    }

    private <T> boolean write(Binder<T> binder, T bean) {
        if (binder.writeBeanIfValid(bean)) {
            return true;
        }
        FieldErrors.error(getTranslation("settings.invalid"));
        return false;
    }

    private boolean save(Runnable change, Map<String, ? extends HasValidation> fields) {
        try {
            change.run();
            FieldErrors.success(getTranslation("settings.saved"));
            return true;
        } catch (InvalidSettingsException e) {
            showViolations(e, fields);
            return false;
        }
    }

    private void showViolations(InvalidSettingsException e, Map<String, ? extends HasValidation> fields) {
        for (SettingsViolation v : e.violations()) {
            HasValidation field = fields.get(v.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(v.messageKey()));
                field.setInvalid(true);
            }
        }
        FieldErrors.error(getTranslation("settings.invalid"));
    }


    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
