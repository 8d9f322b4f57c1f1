package org.localvoice.access.web;

import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.SignInAttempts;
import org.localvoice.access.domain.TwoFactor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After the password: accounts that need a second factor go on to give (or first set up) a one-time
 * code; everyone else lands on their role's home page. Wrong passwords count towards the lockout.
 */
@Configuration(proxyBeanMethods = false)
class SignInHandlers {

    @Bean
    AuthenticationSuccessHandler signInSuccess(TwoFactor twoFactor, SignInAttempts attempts, SessionSignIn sessions) {
        return (request, response, auth) -> {
            AccountPrincipal principal = (AccountPrincipal) auth.getPrincipal();
            TwoFactor.Status status = twoFactor.status(principal.user().accountId());
            String next;
            if (status.required()) {
                sessions.pending(principal, request, response);
                next = status.enabled() ? TwoFactorSignInController.PATH : TwoFactorSignInController.SETUP_PATH;
            } else {
                attempts.succeeded(principal.user().accountId());
                next = Homes.homeOf(principal.user());
            }
            response.sendRedirect(request.getContextPath() + next);
        };
    }

    @Bean
    AuthenticationFailureHandler signInFailure(SignInAttempts attempts) {
        return (request, response, e) -> {
            String email = request.getParameter("email");
            if (e instanceof BadCredentialsException && email != null && !email.isBlank()) {
                attempts.wrongPassword(email);
            }
            String reason = e instanceof LockedException ? "locked" : "invalid";
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
        };
    }
}
