package org.localvoice.feedback.insight.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One view in the insight list or export: the moderated text, never the person. */
public record ViewRow(UUID id, String reference, LocalDate receivedOn, String serviceName, UUID premisesId, UUID providerId,
        String channel, String status, Integer rating, String text, List<String> themes) {
}
