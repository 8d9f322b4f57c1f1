package org.localvoice.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.AccountUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts an authentication into the (shared, database-backed) session: pending a second factor, or complete. */
@Component
class SessionSignIn {

    private final SecurityContextRepository contexts;
    private final AccountUserDetailsService users;

    SessionSignIn(SecurityContextRepository contexts, AccountUserDetailsService users) {
        this.contexts = contexts;
        this.users = users;
    }

    /** Password accepted, second factor still owed: the session holds only {@code SECOND_FACTOR_PENDING}. */
    void pending(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.pendingAuthorities()),
                request, response);
    }

    /** Fully signed in: a fresh principal with the account's roles, under a new session id. */
    AccountPrincipal complete(String email, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(email);
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()),
                request, response);
        return principal;
    }

    /** Ends the sign-in attempt (after a lockout, say). */
    void abandon(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
