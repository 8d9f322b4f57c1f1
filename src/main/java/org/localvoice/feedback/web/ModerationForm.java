package org.localvoice.feedback.web;

import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Moderation;
import org.springframework.validation.Errors;

/** A moderator's decision as typed: the (redacted) text, the decision, a reason, and the version read. */
public class ModerationForm {

    private String text;
    private String decision;
    private String reason;
    private long version;

    void validate(Errors errors) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("text", "feedback.error.text.required");
        } else if (text.length() > Experience.MAX_TEXT) {
            errors.rejectValue("text", "feedback.error.text.tooLong", new Object[] {Experience.MAX_TEXT, text.length()}, null);
        }
        Moderation.Decision d = decisionValue();
        if (d == null) {
            errors.rejectValue("decision", "feedback.error.decision.required");
        } else if (d == Moderation.Decision.REJECT && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "feedback.error.reason.required");
        }
        if (reason != null && reason.length() > 1000) {
            errors.rejectValue("reason", "feedback.error.reason.tooLong");
        }
    }

    Moderation.Decision decisionValue() {
        try {
            return decision == null ? null : Moderation.Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String cleanReason() {
        return reason == null || reason.isBlank() ? null : reason.trim();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
