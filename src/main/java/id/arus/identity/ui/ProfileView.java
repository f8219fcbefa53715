package id.arus.identity.ui;

import id.arus.shell.FieldErrors;
import id.arus.settings.OperatorZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.arus.identity.AccessToken;
import id.arus.shared.InvalidInputException;
import id.arus.identity.MyAccount;
import id.arus.identity.ProfileChanges;
import id.arus.identity.UserSummary;
import id.arus.shell.ArusI18n;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The signed-in user's own profile, password and API tokens. Open to every role, customers included. */
@Route("profile")
@Menu(title = "menu.profile", order = 95, icon = "vaadin:user")
@PermitAll
public class ProfileView extends Div implements HasDynamicTitle {

    /** Token expiry dates are read and shown in the operator's zone. */
    private final ZoneId zone;

    private final transient MyAccount account;
    private final Grid<AccessToken> tokens = new Grid<>();

    public ProfileView(MyAccount account, OperatorZone operatorZone) {
        this.account = account;
        this.zone = operatorZone.zone();
        addClassName("arus-profile");
        getStyle().set("max-width", "48rem").set("padding", "var(--lumo-space-m)");
        add(details(), password(), tokenSection());
    }

    private Div details() {
        UserSummary me = account.profile();
        TextField fullName = new TextField(getTranslation("profile.fullName"));
        fullName.setValue(me.fullName());
        EmailField email = new EmailField(getTranslation("profile.email"));
        email.setValue(me.email());
        TextField phone = new TextField(getTranslation("profile.phone"));
        phone.setValue(me.phone() == null ? "" : me.phone());
        phone.setPlaceholder("0812-3456-7890");
        phone.setId("profile-phone");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setItems("id", "en");
        language.setItemLabelGenerator(code -> ArusI18n.forLanguage(code).getDisplayLanguage(ArusI18n.forLanguage(code)));
        language.setValue(me.language());
        FieldErrors errors = new FieldErrors(this).bind("fullName", fullName).bind("email", email).bind("phone", phone);
        Button save = new Button(getTranslation("profile.save"), e -> {
            try {
                UserSummary saved = account.updateProfile(new ProfileChanges(fullName.getValue(), email.getValue(),
                        phone.getValue(), language.getValue()));
                errors.clear();
                phone.setValue(saved.phone() == null ? "" : saved.phone());
                FieldErrors.success(getTranslation("profile.saved"));
                if (!saved.language().equals(me.language())) {
                    // redraw every text in the newly chosen language
                    ArusI18n.switchTo(ArusI18n.forLanguage(saved.language()));
                }
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");
        FormLayout form = new FormLayout(fullName, email, phone, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return new Div(new H3(getTranslation("profile.details")), new Paragraph(me.username()), form, save);
    }

    private Div password() {
        PasswordField current = new PasswordField(getTranslation("profile.currentPassword"));
        current.setId("profile-current-password");
        PasswordField next = new PasswordField(getTranslation("profile.newPassword"));
        next.setId("profile-new-password");
        FieldErrors errors = new FieldErrors(this).bind("currentPassword", current).bind("newPassword", next);
        Button change = new Button(getTranslation("profile.changePassword"), e -> {
            try {
                account.changePassword(current.getValue(), next.getValue());
                errors.clear();
                current.clear();
                next.clear();
                FieldErrors.success(getTranslation("profile.passwordChanged"));
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        change.setId("profile-change-password");
        FormLayout form = new FormLayout(current, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return new Div(new H3(getTranslation("profile.password")), form, change);
    }

    private Div tokenSection() {
        TextField name = new TextField(getTranslation("profile.token.name"));
        name.setId("token-name");
        DatePicker expires = new DatePicker(getTranslation("profile.token.expires"));
        Paragraph secret = new Paragraph();
        secret.setVisible(false);
        secret.setId("token-secret");
        secret.getStyle().set("word-break", "break-all").set("font-family", "monospace");
        FieldErrors errors = new FieldErrors(this).bind("name", name).bind("expiresAt", expires);
        Button create = new Button(getTranslation("profile.token.create"), e -> {
            try {
                Instant expiry = expires.getValue() == null ? null
                        : expires.getValue().atTime(LocalTime.MAX).atZone(zone).toInstant();
                var created = account.createToken(name.getValue(), expiry);
                errors.clear();
                name.clear();
                expires.clear();
                secret.setText(getTranslation("profile.token.created") + " " + created.secret());
                secret.setVisible(true);
                refreshTokens();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        create.setId("token-create");
        tokens.setId("tokens");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(zone);
        tokens.addColumn(AccessToken::name).setHeader(getTranslation("profile.token.name")).setAutoWidth(true);
        tokens.addColumn(AccessToken::prefix).setHeader(getTranslation("profile.token.prefix"));
        tokens.addColumn(t -> format.format(t.createdAt())).setHeader(getTranslation("profile.token.createdAt"));
        tokens.addColumn(t -> t.lastUsedAt() == null ? getTranslation("profile.token.never") : format.format(t.lastUsedAt()))
                .setHeader(getTranslation("profile.token.lastUsed"));
        tokens.addColumn(t -> getTranslation(t.revoked() ? "profile.token.revoked"
                : t.usable(Instant.now()) ? "profile.token.active" : "profile.token.expired"))
                .setHeader(getTranslation("profile.token.status"));
        tokens.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("profile.token.revoke"), e -> {
                account.revokeToken(t.id());
                refreshTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(!t.revoked());
            return revoke;
        });
        tokens.setAllRowsVisible(true);
        refreshTokens();
        FormLayout form = new FormLayout(name, expires);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return new Div(new H3(getTranslation("profile.tokens")), new Paragraph(getTranslation("profile.tokens.intro")),
                form, create, secret, tokens);
    }

    private void refreshTokens() {
        tokens.setItems(account.tokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
