package org.localvoice.feedback.insight.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/** A "what changed" record as typed. */
public class ImpactForm {

    private String title;
    private String whatChanged;
    private String changedOn;
    private String evidence;
    private Long version;

    LocalDate validate(Errors errors) {
        required(errors, "title", title, 200);
        required(errors, "whatChanged", whatChanged, 4000);
        if (evidence != null && evidence.length() > 4000) {
            errors.rejectValue("evidence", "feedback.impact.error.tooLong");
        }
        LocalDate date = null;
        if (changedOn == null || changedOn.isBlank()) {
            errors.rejectValue("changedOn", "feedback.impact.error.date");
        } else {
            try {
                date = LocalDate.parse(changedOn.trim());
                if (date.isAfter(LocalDate.now())) {
                    errors.rejectValue("changedOn", "feedback.impact.error.future");
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("changedOn", "feedback.impact.error.date");
            }
        }
        return date;
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "feedback.impact.error." + field);
        } else if (value.trim().length() > max) {
            errors.rejectValue(field, "feedback.impact.error.tooLong");
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public void setWhatChanged(String whatChanged) {
        this.whatChanged = whatChanged;
    }

    public String getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(String changedOn) {
        this.changedOn = changedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    String cleanEvidence() {
        return evidence == null || evidence.isBlank() ? null : evidence.trim();
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
