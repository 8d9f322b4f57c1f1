package org.localvoice.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a governing member (or a host manager recording a meeting) gives to sign off a subject.
 *
 * @param subjectLabel which version of the subject is signed off, for example "Version 2"
 * @param signedBy the governing member's name, or the meeting's
 * @param minuteReference the minute reference, optional
 */
public record NewSignOff(String subjectType, UUID subjectId, String subjectLabel, LocalDate signedOn,
        String signedBy, String minuteReference) {
}
