package id.arus.shell.internal;

import com.vaadin.flow.i18n.I18NProvider;
import id.arus.shell.ArusI18n;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@code getTranslation} reads the same messages as the rest of Arus (mails, API errors),
 * so one set of {@code i18n/*.properties} files serves every channel. A missing key shows as
 * {@code !key!} on screen rather than failing the view.
 */
@Component
class SpringMessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    SpringMessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return ArusI18n.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? ArusI18n.INDONESIAN : locale);
        } catch (NoSuchMessageException e) {
            return "!" + key + "!";
        }
    }
}
