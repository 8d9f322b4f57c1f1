package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a representative may enter and view (SI 2008/915; the authorisation shape of reg 9): training and a
 * criminal records check recorded and in date, the check considered by a nominated person who found the
 * person suitable, written evidence issued and not withdrawn. Computed on read, so expiry needs no job.
 */
public final class AuthorisationRules {

    private AuthorisationRules() {
    }

    public static LocalDate trainingExpiry(AuthorisedRepresentative r, Renewals renewals) {
        if (r.getTrainingOn() == null) {
            return null;
        }
        return r.getTrainingExpires() != null ? r.getTrainingExpires() : r.getTrainingOn().plusMonths(renewals.trainingMonths()).minusDays(1);
    }

    public static LocalDate checkExpiry(AuthorisedRepresentative r, Renewals renewals) {
        return r.getCheckOn() == null ? null : r.getCheckOn().plusMonths(renewals.checkMonths()).minusDays(1);
    }

    public static Authorisation assess(AuthorisedRepresentative r, Renewals renewals, LocalDate on) {
        LocalDate training = trainingExpiry(r, renewals);
        LocalDate check = checkExpiry(r, renewals);
        LocalDate validTo = training == null || check == null ? null : (training.isBefore(check) ? training : check);
        if (r.getWithdrawnOn() != null && !on.isBefore(r.getWithdrawnOn())) {
            return new Authorisation(AuthorisationStatus.WITHDRAWN, r.getAuthorisedOn(), r.getWithdrawnOn().minusDays(1),
                    List.of("visits.reason.withdrawn"));
        }
        List<String> missing = new ArrayList<>();
        if (training == null) {
            missing.add("visits.reason.noTraining");
        }
        if (check == null) {
            missing.add("visits.reason.noCheck");
        }
        if (r.getConsideredOn() == null) {
            missing.add("visits.reason.notConsidered");
        }
        if (!missing.isEmpty()) {
            return new Authorisation(AuthorisationStatus.INCOMPLETE, null, validTo, missing);
        }
        if (!Boolean.TRUE.equals(r.getSuitable())) {
            return new Authorisation(AuthorisationStatus.NOT_SUITABLE, null, validTo, List.of("visits.reason.notSuitable"));
        }
        List<String> expired = new ArrayList<>();
        if (on.isAfter(training)) {
            expired.add("visits.reason.trainingExpired");
        }
        if (on.isAfter(check)) {
            expired.add("visits.reason.checkExpired");
        }
        if (!expired.isEmpty()) {
            return new Authorisation(AuthorisationStatus.EXPIRED, r.getAuthorisedOn(), validTo, expired);
        }
        if (r.getAuthorisedOn() == null) {
            return new Authorisation(AuthorisationStatus.READY_TO_ISSUE, null, validTo, List.of("visits.reason.notIssued"));
        }
        if (on.isBefore(r.getAuthorisedOn())) {
            return new Authorisation(AuthorisationStatus.NOT_YET_VALID, r.getAuthorisedOn(), validTo, List.of("visits.reason.notYetValid"));
        }
        return new Authorisation(AuthorisationStatus.AUTHORISED, r.getAuthorisedOn(), validTo, List.of());
    }
}
