package org.localvoice.audit.web;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditActor;

/**
 * What the audit trail learns about one state-changing request while it runs: who the actor is (from
 * the session, the handler, or the sign-in attempt) and whether authentication failed. Held for the
 * request's thread by {@link AuditRequestFilter}.
 */
final class AuditCapture {

    private static final ThreadLocal<AuditCapture> CURRENT = new ThreadLocal<>();

    private AuditActor actor;
    private UUID network;
    private Boolean authenticated;
    private String detail;

    static Optional<AuditCapture> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static AuditCapture start() {
        AuditCapture capture = new AuditCapture();
        CURRENT.set(capture);
        return capture;
    }

    static void end() {
        CURRENT.remove();
    }

    void actor(AuditActor actor) {
        if (actor != null) {
            this.actor = actor;
        }
    }

    void network(UUID network) {
        if (network != null) {
            this.network = network;
        }
    }

    void authenticationSucceeded() {
        this.authenticated = Boolean.TRUE;
        this.detail = null;
    }

    void authenticationFailed(String reason) {
        this.authenticated = Boolean.FALSE;
        this.detail = reason;
    }

    void detail(String detail) {
        if (this.detail == null) {
            this.detail = detail;
        }
    }

    Optional<AuditActor> actor() {
        return Optional.ofNullable(actor);
    }

    /** The actor's network, else the network the request addressed (public network pages). */
    UUID network() {
        return actor != null && actor.networkId() != null ? actor.networkId() : network;
    }

    String detail() {
        return detail;
    }

    /** "failure" after a failed sign-in, "success" after a successful one, otherwise the HTTP status. */
    String outcome(int status) {
        if (Boolean.FALSE.equals(authenticated)) {
            return "failure";
        }
        if (Boolean.TRUE.equals(authenticated) && status < 400) {
            return "success";
        }
        return Integer.toString(status);
    }
}
