package id.arus.platform.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/} ({@code i18n/identity.properties} in Indonesian,
 * {@code i18n/identity_en.properties} in English), all found at start-up, so a module adds its texts
 * without touching a central list. Indonesian is the default language.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> basenames = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = r.getFilename();
            if (file != null && !file.contains("_")) {
                basenames.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.forLanguageTag("id"));
        return source;
    }
}
