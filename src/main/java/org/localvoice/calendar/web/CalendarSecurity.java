package org.localvoice.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The deadline calculator at {@code /deadlines} is public. Spring Security 7 applies customizer beans of
 * this type to every filter chain before the chain's own rules, so the module opens its own public page
 * without editing the access module's {@code SecurityConfiguration}. ({@code /n/**} and
 * {@code /api/v1/public/**} are public already.)
 */
@Configuration(proxyBeanMethods = false)
class CalendarSecurity {

    @Bean
    Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> publicDeadlinePages() {
        return requests -> requests.requestMatchers("/deadlines", "/deadlines/**").permitAll();
    }
}
