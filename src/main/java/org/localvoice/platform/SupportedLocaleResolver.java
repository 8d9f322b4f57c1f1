package org.localvoice.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.localvoice.platform.web.Languages;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen language in a cookie, but only a language the interface is offered in: an
 * unsupported {@code ?lang=} value is ignored and an unsupported (or tampered) cookie reads as English.
 * The cookie is not tied to the session, so the choice survives signing in and out.
 */
class SupportedLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lv-lang";

    private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

    SupportedLocaleResolver() {
        cookie.setDefaultLocale(Languages.DEFAULT);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        cookie.setCookieHttpOnly(true);
        cookie.setRejectInvalidCookies(true);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Languages.supported(cookie.resolveLocale(request)).orElse(Languages.DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            cookie.setLocale(request, response, null);
            return;
        }
        Languages.supported(locale).ifPresent(l -> cookie.setLocale(request, response, l));
    }
}
