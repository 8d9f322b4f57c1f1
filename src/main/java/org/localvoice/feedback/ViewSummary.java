package org.localvoice.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's view as other modules see it: never the person, never the text before moderation.
 *
 * @param text the moderated, redacted text; null while the view awaits moderation or was rejected
 */
public record ViewSummary(UUID id, UUID networkId, String reference, UUID premisesId, UUID providerId,
        String serviceName, String text, Integer rating, LocalDate happenedOn, LocalDate receivedOn,
        ViewChannel channel, ViewStatus status) {

    public boolean published() {
        return status == ViewStatus.PUBLISHED;
    }
}
