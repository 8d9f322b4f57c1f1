package org.localvoice.access.web;

import java.time.Clock;
import java.time.Duration;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.AccountRepository;
import org.localvoice.access.domain.Account;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.transaction.support.TransactionTemplate;

/** Counts failed passwords (locking the account after five) and sends each role to its home page. */
@Configuration(proxyBeanMethods = false)
class SignInHandlers {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    @Bean
    AuthenticationSuccessHandler signInSuccess(AccountRepository accounts, Clock clock, TransactionTemplate tx) {
        return (request, response, auth) -> {
            AccountPrincipal principal = (AccountPrincipal) auth.getPrincipal();
            tx.executeWithoutResult(s -> accounts.findById(principal.user().accountId())
                    .ifPresent(a -> a.recordSuccess(clock.instant())));
            response.sendRedirect(request.getContextPath() + Homes.homeOf(principal.user()));
        };
    }

    @Bean
    AuthenticationFailureHandler signInFailure(AccountRepository accounts, Clock clock, TransactionTemplate tx) {
        return (request, response, e) -> {
            String email = Account.normalise(request.getParameter("email"));
            if (e instanceof BadCredentialsException && email != null) {
                tx.executeWithoutResult(s -> accounts.findByEmail(email)
                        .ifPresent(a -> a.recordFailure(clock.instant(), MAX_ATTEMPTS, LOCK_FOR)));
            }
            String reason = e instanceof LockedException ? "locked" : "invalid";
            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
        };
    }
}
