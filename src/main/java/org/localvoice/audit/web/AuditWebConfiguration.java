package org.localvoice.audit.web;

import org.localvoice.audit.domain.AuditService;
import org.localvoice.audit.domain.CurrentActor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the audit filter just outside the security filter chains, and the interceptor on every handler. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

    private final CurrentActor actors;

    AuditWebConfiguration(CurrentActor actors) {
        this.actors = actors;
    }

    @Bean
    FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditService audit) {
        FilterRegistrationBean<AuditRequestFilter> registration =
                new FilterRegistrationBean<>(new AuditRequestFilter(audit, actors));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuditInterceptor(actors));
    }
}
