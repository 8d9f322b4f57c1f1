package org.localvoice.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The governing body's sign-off of a subject another module owns, for example a report
 * ({@code subjectType} "powers.report") or a visit report ("visits.report"). Append-only: a later
 * version of the subject is signed off again with its own label.
 *
 * @param subjectLabel which version of the subject was signed off, for example "Version 2"
 * @param signedBy the name of the governing member, or of the meeting, that signed it off
 * @param signedByAccountId the account that recorded the sign-off
 * @param minuteReference the minute of the meeting, when signed off at a meeting
 */
public record SignOff(UUID id, UUID networkId, String subjectType, UUID subjectId, String subjectLabel,
        LocalDate signedOn, String signedBy, UUID signedByAccountId, String minuteReference) {
}
