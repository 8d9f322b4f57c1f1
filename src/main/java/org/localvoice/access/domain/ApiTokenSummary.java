package org.localvoice.access.domain;

import java.time.Instant;
import java.util.UUID;

/** What the owner of an API token may see of it (never the token itself). */
public record ApiTokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
