package org.localvoice.audit.web;

import java.util.Locale;
import org.localvoice.audit.AuditActor;
import org.localvoice.audit.domain.CurrentActor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Learns from Spring Security's events what the audit filter cannot see from outside the security
 * chain: who tried to sign in (the e-mail address typed, never the password) and whether it worked,
 * who signed out, and who was refused.
 */
@Component
class SecurityEventCapture {

    private final CurrentActor actors;

    SecurityEventCapture(CurrentActor actors) {
        this.actors = actors;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        AuditCapture.current().ifPresent(capture -> {
            actors.describe(event.getAuthentication()).ifPresent(capture::actor);
            capture.authenticationSucceeded();
        });
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        AuditCapture.current().ifPresent(capture -> {
            String typed = event.getAuthentication().getName();
            if (typed != null && !typed.isBlank()) {
                capture.actor(AuditActor.named(typed.trim().toLowerCase(Locale.ROOT)));
            }
            capture.authenticationFailed(reason(event));
        });
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        AuditCapture.current().ifPresent(capture -> actors.describe(event.getAuthentication()).ifPresent(capture::actor));
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        AuditCapture.current().ifPresent(capture -> {
            Authentication auth = event.getAuthentication().get();
            actors.describe(auth).ifPresent(capture::actor);
            capture.detail("access denied");
        });
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return "wrong e-mail address or password";
        }
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "account locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "account disabled";
        }
        return "sign-in failed";
    }
}
