package org.localvoice.access.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.localvoice.access.AccountPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Someone who has given their password but not yet their code is sent to the code page rather than refused. */
final class PendingSecondFactorHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean pending = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> AccountPrincipal.SECOND_FACTOR_PENDING.equals(a.getAuthority()));
        if (pending && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + TwoFactorSignInController.PATH);
        } else {
            refuse.handle(request, response, denied);
        }
    }
}
