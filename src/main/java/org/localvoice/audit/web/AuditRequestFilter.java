package org.localvoice.audit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.localvoice.audit.AuditActor;
import org.localvoice.audit.domain.AuditEntry;
import org.localvoice.audit.domain.AuditService;
import org.localvoice.audit.domain.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing request (POST, PUT, PATCH, DELETE), on pages and API alike, with its
 * outcome. Runs outside the security filter chains so that it also sees the requests they refuse and
 * the sign-in attempts they handle. Never records request bodies, query strings or passwords; a failed
 * sign-in is recorded with the e-mail address that was typed.
 */
class AuditRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditService audit;
    private final CurrentActor actors;

    AuditRequestFilter(AuditService audit, CurrentActor actors) {
        this.audit = audit;
        this.actors = actors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuditCapture capture = AuditCapture.start();
        capture.actor(sessionActor(request));
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            AuditCapture.end();
            write(request, failed ? 500 : response.getStatus(), capture);
        }
    }

    /** The actor of a session-based request, known before the security chain runs (e.g. for sign-out). */
    private AuditActor sessionActor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext sc ? actors.describe(sc.getAuthentication()).orElse(null) : null;
    }

    @SuppressWarnings("unchecked")
    private void write(HttpServletRequest request, int status, AuditCapture capture) {
        try {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            RequestActions.Target target = RequestActions.describe(request.getMethod(), pattern, path,
                    vars instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of());
            AuditActor actor = capture.actor().orElse(AuditActor.named(AuditActor.ANONYMOUS));
            audit.record(AuditEntry.builder()
                    .network(capture.network())
                    .actor(actor.name(), actor.accountId())
                    .action(target.action())
                    .entity(target.entityType(), target.entityId())
                    .request(request.getMethod(), RequestActions.safePath(path))
                    .outcome(capture.outcome(status))
                    .detail(capture.detail())
                    .build());
        } catch (RuntimeException e) {
            log.error("Could not record the audit entry for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }
}
