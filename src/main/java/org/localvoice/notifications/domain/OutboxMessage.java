package org.localvoice.notifications.domain;

import java.time.Instant;
import java.util.UUID;

/** One message in the outbox. */
public record OutboxMessage(UUID id, UUID networkId, String recipient, String subject, String body,
        Instant createdAt, Instant sentAt, int attempts, String lastError) {

    public boolean sent() {
        return sentAt != null;
    }

    /** True when the relay has stopped trying. */
    public boolean abandoned() {
        return sentAt == null && attempts >= Outbox.MAX_ATTEMPTS;
    }
}
