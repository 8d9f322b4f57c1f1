package org.localvoice.governance;

import java.util.UUID;

/** A relevant decision's statement and reasons were published. */
public record DecisionPublished(UUID networkId, UUID decisionId, DecisionCategory category) {
}
