package org.localvoice.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.localvoice.audit.domain.CurrentActor;
import org.localvoice.shared.TenantContext;
import org.springframework.web.servlet.HandlerInterceptor;

/** When a request reaches its handler, notes who is acting and for which network. */
class AuditInterceptor implements HandlerInterceptor {

    private final CurrentActor actors;

    AuditInterceptor(CurrentActor actors) {
        this.actors = actors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        AuditCapture.current().ifPresent(capture -> {
            actors.get().ifPresent(capture::actor);
            TenantContext.currentNetwork().ifPresent(capture::network);
        });
        return true;
    }
}
