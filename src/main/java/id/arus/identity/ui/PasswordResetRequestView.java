package id.arus.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.arus.identity.PasswordReset;

/**
 * Asks for the address to send a reset link to. Whatever is entered, the answer is the same, so the
 * page cannot be used to find out which addresses have accounts.
 */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
public class PasswordResetRequestView extends Div implements HasDynamicTitle {

    public PasswordResetRequestView(PasswordReset reset) {
        addClassName("arus-login");
        EmailField email = new EmailField(getTranslation("reset.email"));
        email.setId("reset-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        Paragraph answer = new Paragraph();
        answer.setId("reset-answer");
        answer.setVisible(false);
        Button send = new Button(getTranslation("reset.send"));
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (email.getValue().isBlank()) {
                email.setInvalid(true);
                return;
            }
            reset.requestReset(email.getValue());
            answer.setText(getTranslation("reset.sent"));
            answer.setVisible(true);
            send.setEnabled(false);
        });
        Div box = new Div(new H2(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")), email, send,
                answer, new Anchor("login", getTranslation("reset.backToLogin")));
        box.addClassName("arus-card");
        box.getStyle().set("max-width", "28rem").set("margin", "2rem auto").set("padding", "1rem");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · Arus";
    }
}
