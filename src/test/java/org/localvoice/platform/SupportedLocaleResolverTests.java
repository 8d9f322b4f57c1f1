package org.localvoice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SupportedLocaleResolverTests {

    private final SupportedLocaleResolver resolver = new SupportedLocaleResolver();

    @Test
    void englishWhenNothingIsChosen() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void remembersUrduInACookie() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.forLanguageTag("ur-PK"));

        Cookie cookie = response.getCookie(SupportedLocaleResolver.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("ur");
        MockHttpServletRequest next = new MockHttpServletRequest();
        next.setCookies(cookie);
        assertThat(resolver.resolveLocale(next)).isEqualTo(Locale.forLanguageTag("ur"));
    }

    @Test
    void ignoresALanguageThatIsNotOffered() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.FRENCH);

        assertThat(response.getCookie(SupportedLocaleResolver.COOKIE)).isNull();
    }

    @Test
    void readsATamperedCookieAsEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(SupportedLocaleResolver.COOKIE, "fr"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
    }
}
