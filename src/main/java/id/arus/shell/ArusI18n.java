package id.arus.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The languages of Arus: Bahasa Indonesia first, English second. */
public final class ArusI18n {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> LOCALES = List.of(INDONESIAN, Locale.ENGLISH);

    private ArusI18n() {
    }

    /** The supported locale closest to a stored language code; Indonesian when unknown. */
    public static Locale forLanguage(String code) {
        return "en".equalsIgnoreCase(code) ? Locale.ENGLISH : INDONESIAN;
    }

    /** Switches the current session to the locale and redraws the page in it. */
    public static void switchTo(Locale locale) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(locale);
            ui.getPage().reload();
        }
    }
}
