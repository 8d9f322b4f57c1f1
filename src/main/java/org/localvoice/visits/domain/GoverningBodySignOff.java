package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The governing body's sign-off of visit reports (kept by governance). */
public interface GoverningBodySignOff {

    String SUBJECT = "visits.visit-report";

    /** A sign-off: when, by whom, and its id. */
    record Signed(UUID id, LocalDate on, String by) {
    }

    /** Puts the report before the governing body. */
    void request(UUID visitId, String title, String link);

    Optional<Signed> of(UUID visitId);

    /** Records the governing body's sign-off (governing members and host managers; the demo data signs in as one). */
    Signed record(UUID visitId, String label, LocalDate on, String by, String minute);
}
