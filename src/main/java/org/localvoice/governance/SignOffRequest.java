package org.localvoice.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject another module has put before the governing body for sign-off.
 *
 * @param link where a governing member reads the subject (a path inside the application)
 * @param signOffId the sign-off, once given
 */
public record SignOffRequest(UUID id, String subjectType, UUID subjectId, String title, String link,
        Instant requestedAt, UUID signOffId) {

    public boolean signedOff() {
        return signOffId != null;
    }
}
