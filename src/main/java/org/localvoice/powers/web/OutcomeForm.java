package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.powers.domain.RecommendationResponse;
import org.springframework.validation.Errors;

/**
 * Whether a promised change happened: checked on a day at or after the review date; yes, partly, no or
 * not yet; a note; and optionally the "what changed" record it led to.
 */
public class OutcomeForm {

    private String outcome;
    private String on;
    private String note;
    private String impactId;

    /** The outcome, or null with the fields rejected; {@code reviewOn} may be null. */
    RecommendationResponse.ChangeOutcome check(Errors errors, LocalDate today, LocalDate reviewOn) {
        RecommendationResponse.ChangeOutcome chosen = FormChecks.choice(errors, "outcome", outcome,
                RecommendationResponse.ChangeOutcome.class);
        LocalDate date = FormChecks.date(errors, "on", on, today);
        if (date != null && reviewOn != null && date.isBefore(reviewOn)) {
            errors.rejectValue("on", "powers.error.outcome.beforeReview", new Object[] {Dates.format(reviewOn)}, null);
        }
        FormChecks.text(errors, "note", note, 4000, false);
        FormChecks.id(errors, "impactId", impactId, false);
        return errors.hasErrors() ? null : chosen;
    }

    LocalDate date() {
        return Dates.parse(on).orElseThrow();
    }

    UUID impact() {
        return impactId == null || impactId.isBlank() ? null : UUID.fromString(impactId.strip());
    }

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getOn() { return on; }
    public void setOn(String on) { this.on = on; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getImpactId() { return impactId; }
    public void setImpactId(String impactId) { this.impactId = impactId; }
}
