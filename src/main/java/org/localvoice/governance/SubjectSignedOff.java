package org.localvoice.governance;

import java.util.UUID;

/** The governing body signed off a subject: the owning module may now, for example, publish it. */
public record SubjectSignedOff(UUID networkId, String subjectType, UUID subjectId, UUID signOffId) {
}
