package org.localvoice.visits.domain;

import java.time.LocalDate;

/** Training and criminal records check details as recorded by staff. */
public record TrainingAndCheck(String course, LocalDate trainingOn, LocalDate trainingExpires, CheckType checkType,
        LocalDate checkOn, String checkReference) {

    void applyTo(AuthorisedRepresentative r) {
        r.record(course, trainingOn, trainingExpires, checkType, checkOn, checkReference);
    }

    String summary() {
        return "training " + trainingOn + ", check " + checkType + " " + checkOn;
    }
}
