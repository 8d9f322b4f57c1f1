package org.localvoice.platform;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.localvoice.access.CurrentUser;
import org.localvoice.shared.TenantContext;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Hibernate's tenant filter follows {@link TenantContext}; audit fields record the signed-in user. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor")
@EnableJpaRepositories(basePackages = "org.localvoice", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
class PersistenceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.of(CurrentUser.get().map(CurrentUser::email).orElse("system"));
    }

    @Bean
    HibernatePropertiesCustomizer tenantResolver() {
        CurrentTenantIdentifierResolver<UUID> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public UUID resolveCurrentTenantIdentifier() {
                return TenantContext.effectiveTenant();
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return false;
            }

            @Override
            public boolean isRoot(UUID tenantId) {
                return TenantContext.SYSTEM.equals(tenantId);
            }
        };
        return props -> props.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
