package org.localvoice.governance;

import java.util.UUID;

/** A relevant decision was recorded in a network's statutory record. */
public record DecisionRecorded(UUID networkId, UUID decisionId, DecisionCategory category) {
}
