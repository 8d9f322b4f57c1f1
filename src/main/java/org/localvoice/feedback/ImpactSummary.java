package org.localvoice.feedback;

import java.time.LocalDate;
import java.util.UUID;

/** A "what changed" record as other modules see it: what the service changed, when, and the evidence. */
public record ImpactSummary(UUID id, UUID networkId, String title, String whatChanged, LocalDate changedOn, String evidence) {
}
