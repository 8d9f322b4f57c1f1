package org.localvoice.audit;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A domain-level change worth an audit entry, published by the module that made it (inside its
 * transaction). The audit module records it after commit. {@code networkId} is null for platform-level
 * changes. Never put passwords or other secrets in {@code detail}.
 *
 * @param actor who made the change: captured from the signed-in user when the event is created,
 *              {@code "system"} when nobody is signed in
 */
public record AuditableChange(UUID networkId, String entityType, String entityId, String action, String detail,
        String actor, Instant occurredAt) {

    public AuditableChange(UUID networkId, String entityType, String entityId, String action, String detail) {
        this(networkId, entityType, entityId, action, detail, currentActor(), Instant.now());
    }

    public AuditableChange(UUID networkId, String entityType, UUID entityId, String action, String detail) {
        this(networkId, entityType, entityId == null ? null : entityId.toString(), action, detail);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth.getName() == null ? AuditActor.SYSTEM : auth.getName();
    }
}
