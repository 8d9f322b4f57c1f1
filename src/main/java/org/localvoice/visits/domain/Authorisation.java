package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A representative's authorisation as it stands on one day.
 *
 * @param validFrom the day written evidence was issued (null before)
 * @param validTo the last day training and check are both in date (null until both are recorded)
 * @param reasons message keys saying what is missing or why it ended, in the order to show them
 */
public record Authorisation(AuthorisationStatus status, LocalDate validFrom, LocalDate validTo, List<String> reasons) {

    public Authorisation {
        reasons = List.copyOf(reasons);
    }

    public boolean authorised() {
        return status.authorised();
    }
}
