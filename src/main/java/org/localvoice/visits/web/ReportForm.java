package org.localvoice.visits.web;

import org.localvoice.shared.DateInput;
import org.springframework.validation.Errors;

/** A visit report as typed, and the small forms that move it on (sent date, comments, received date). */
public class ReportForm {

    private String summary;
    private String findings;
    private String recommendations;
    private DateInput sentOn = new DateInput();
    private String comments;
    private DateInput receivedOn = new DateInput();
    private String to;
    private long version;

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    void validateDraft(Errors errors) {
        if (summary == null || summary.isBlank()) {
            errors.rejectValue("summary", "visits.error.summaryRequired");
        } else if (summary.length() > 8000) {
            errors.rejectValue("summary", "visits.error.tooLong8000");
        }
        if (findings == null || findings.isBlank()) {
            errors.rejectValue("findings", "visits.error.findingsRequired");
        } else if (findings.length() > 16000) {
            errors.rejectValue("findings", "visits.error.tooLong16000");
        }
        if (recommendations != null && recommendations.length() > 8000) {
            errors.rejectValue("recommendations", "visits.error.tooLong8000");
        }
        if (findings != null && ObservationForm.NAME.matcher(findings).find() && !errors.hasFieldErrors("findings")) {
            errors.rejectValue("findings", "visits.error.nameTyped");
        }
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public DateInput getSentOn() {
        return sentOn;
    }

    public void setSentOn(DateInput sentOn) {
        this.sentOn = sentOn == null ? new DateInput() : sentOn;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public DateInput getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(DateInput receivedOn) {
        this.receivedOn = receivedOn == null ? new DateInput() : receivedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
