package id.arus.shell;

import java.util.Locale;

/** A signed-in user switched the language in the shell; the module owning profiles remembers it. */
public record LanguageChosen(String username, Locale locale) {
}
