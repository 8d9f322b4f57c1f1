package org.localvoice.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit entry as pages and the API show it. */
public record AuditEntryView(UUID id, UUID networkId, Instant occurredAt, String actor, UUID actorAccountId,
        String action, String entityType, String entityId, String httpMethod, String path, String outcome,
        String detail) {
}
