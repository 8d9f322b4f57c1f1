package org.localvoice.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * All text comes from message bundles under {@code messages/}: one bundle per module, found by
 * scanning, so a module adds its bundle without touching this class. Files are read as UTF-8.
 * {@code ?lang=ur} switches language (unsupported values are ignored) and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundleNames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    static Set<String> bundleNames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            Set<String> names = new TreeSet<>();
            for (Resource r : found) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("messages/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only English and Urdu: see {@link SupportedLocaleResolver}. */
    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setHttpMethods("GET", "HEAD");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
