package org.localvoice.powers;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.calendar.Duty;

/**
 * One clock as other modules, pages and the API see it: the duty, who owes it, when it started and is
 * due, which rule set (and version) set the due date and how, and where it stands today.
 */
public record ClockSummary(UUID id, UUID networkId, CaseKind caseKind, UUID caseId, String caseReference,
        Duty duty, String party, LocalDate startedOn, LocalDate dueOn, String ruleSetCode, int ruleSetVersion,
        String explanation, LocalDate stoppedOn, String outcome, String reopenReason, ClockState state) {
}
