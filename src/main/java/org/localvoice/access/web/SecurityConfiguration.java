package org.localvoice.access.web;

import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

/** Two filter chains: the bearer-token API and the pages (form sign-in, CSRF, strict headers). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String[] STAFF = {"HOST_STAFF", "HOST_MANAGER"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("ROLE_HOST_MANAGER > ROLE_HOST_STAFF");
    }

    /** Where sign-in keeps the security context: the (JDBC-backed) session. Shared by form sign-in and the second factor. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /** The security filters run inside their chains only, never as plain servlet filters for every request. */
    @Bean
    FilterRegistrationBean<ApiTokenAuthenticationFilter> apiTokenFilterRegistration(ApiTokenAuthenticationFilter filter) {
        FilterRegistrationBean<ApiTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TenantContextFilter> tenantFilterRegistration(TenantContextFilter filter) {
        FilterRegistrationBean<TenantContextFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenAuthenticationFilter tokens, ProblemAuthenticationEntryPoint entryPoint)
            throws Exception {
        http.securityMatcher("/api/v1/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationSuccessHandler success,
            AuthenticationFailureHandler failure, TenantContextFilter tenantFilter,
            SecurityContextRepository contexts) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/assets/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/", "/n/**", "/networks", "/find", "/find/**", "/deadlines", "/deadlines/**", "/accessibility",
                                "/privacy", "/cookies").permitAll()
                        .requestMatchers("/sign-in", "/password/**").permitAll()
                        .requestMatchers("/sign-in/two-factor/**").hasAuthority(AccountPrincipal.SECOND_FACTOR_PENDING)
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/api/docs/**", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("PLATFORM_ADMIN")
                        .requestMatchers("/national/**").hasAnyRole("NATIONAL_VIEWER", "PLATFORM_ADMIN")
                        .requestMatchers("/manage/**").hasAnyRole(STAFF)
                        .requestMatchers("/respond/**").hasRole("SERVICE_RESPONDER")
                        .anyRequest().hasAnyRole(allRoles()))
                .securityContext(c -> c.securityContextRepository(contexts))
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in").usernameParameter("email")
                        .successHandler(success).failureHandler(failure).permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/?signedOut").deleteCookies("LVSESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(new PendingSecondFactorHandler()))
                .addFilterAfter(tenantFilter, ExceptionTranslationFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                        .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }

    private static String[] allRoles() {
        return java.util.Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new);
    }
}
