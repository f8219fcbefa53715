package id.arus.identity.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.shell.ArusI18n;
import id.arus.shell.LanguageChosen;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows every screen in the language of the signed-in user's profile, and remembers a language the
 * user picks in the shell as their profile's language.
 */
@Component
class UserLocale implements VaadinServiceInitListener {

    private final UserStore users;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    UserLocale(UserStore users, JdbcClient jdbc, AuditTrail audit) {
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            VaadinSession session = ui.getUI().getSession();
            Object applied = session.getAttribute(UserLocale.class.getName());
            currentUsername().ifPresent(name -> {
                if (!name.equals(applied)) {
                    users.findByUsername(name).ifPresent(u -> session.setLocale(ArusI18n.forLanguage(u.language())));
                    session.setAttribute(UserLocale.class.getName(), name);
                }
            });
            ui.getUI().setLocale(session.getLocale());
        });
    }

    private static java.util.Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()
                ? java.util.Optional.empty() : java.util.Optional.of(auth.getName());
    }

    @ApplicationModuleListener
    void remember(LanguageChosen chosen) {
        String language = chosen.locale().getLanguage();
        users.findByUsername(chosen.username()).filter(u -> !u.language().equals(language)).ifPresent(u -> {
            jdbc.sql("update app_user set language = :l, updated_at = now() where id = :id")
                    .param("l", language).param("id", u.id()).update();
            audit.record(AuditRecord.by(u.username(), "identity.profile.language", "user:" + u.username())
                    .withBefore(Map.of("language", u.language())).withAfter(Map.of("language", language)));
        });
    }
}
