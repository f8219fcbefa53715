package id.arus.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.arus.shared.InvalidInputException;
import id.arus.identity.PasswordReset;
import java.util.stream.Collectors;

/** The page a reset link opens: choose a new password (the link works once, for an hour). */
@Route(value = "password-reset/:token", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordReset reset;
    private final Div box = new Div();
    private String token;

    public PasswordResetView(PasswordReset reset) {
        this.reset = reset;
        addClassName("arus-login");
        box.getStyle().set("max-width", "28rem").set("margin", "2rem auto").set("padding", "1rem");
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        box.removeAll();
        box.add(new H2(getTranslation("reset.title")));
        var username = reset.usernameFor(token);
        if (username.isEmpty()) {
            showInvalid();
            return;
        }
        PasswordField password = new PasswordField(getTranslation("reset.newPassword"));
        password.setId("reset-password");
        PasswordField repeat = new PasswordField(getTranslation("reset.repeatPassword"));
        repeat.setId("reset-repeat");
        password.setWidthFull();
        repeat.setWidthFull();
        Button save = new Button(getTranslation("reset.save"), e -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("reset.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                reset.resetPassword(token, password.getValue());
                box.removeAll();
                box.add(new H2(getTranslation("reset.title")), new Paragraph(getTranslation("reset.done")),
                        new Anchor("login", getTranslation("reset.backToLogin")));
            } catch (InvalidInputException invalid) {
                if (invalid.fieldErrors().containsKey("token")) {
                    showInvalid();
                } else {
                    password.setErrorMessage(invalid.fieldErrors().values().stream().flatMap(java.util.List::stream)
                            .map(this::getTranslation).collect(Collectors.joining(" ")));
                    password.setInvalid(true);
                }
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(new Paragraph(username.get()), password, repeat, save);
    }

    private void showInvalid() {
        box.removeAll();
        box.add(new H2(getTranslation("reset.title")), new Paragraph(getTranslation("reset.token.invalid")),
                new Anchor("password-reset", getTranslation("reset.send")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Arus";
    }
}
