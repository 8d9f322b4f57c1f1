package org.localvoice.powers;

import java.util.UUID;

/** A network used a statutory power: a request, report or referral was opened under a decision. */
public record PowersCaseOpened(UUID networkId, CaseKind kind, UUID caseId, String reference, UUID decisionId) {
}
