package org.localvoice.powers;

import java.util.UUID;

/** An answer (reply, acknowledgement, response or update) was recorded on a case. */
public record PowersReplyRecorded(UUID networkId, CaseKind kind, UUID caseId, String replyKind, boolean onTime) {
}
