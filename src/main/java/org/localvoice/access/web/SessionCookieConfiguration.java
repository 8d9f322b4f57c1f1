package org.localvoice.access.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie of the shared (JDBC) session: named as configured ({@code LVSESSION}), never readable by
 * scripts, sent only to this site, and marked secure whenever the request came over HTTPS. Declared here
 * so that it holds in every environment, with or without an embedded web server.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    CookieSerializer sessionCookieSerializer(@Value("${server.servlet.session.cookie.name:LVSESSION}") String name) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        return serializer;
    }
}
