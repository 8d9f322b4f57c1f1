package org.localvoice.powers.web;

import java.util.UUID;
import org.localvoice.powers.domain.NewReport;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.VisitReferral;
import org.springframework.validation.Errors;

/**
 * Opening the report case for an Enter and View report's recommendations: the authorising decision, a
 * title and covering summary, and the recipient (the provider that controls the premises, filled in).
 */
public class VisitReferralForm {

    private String decisionId;
    private String title;
    private String summary;
    private String recipientName;
    private String recipientEmail;

    static VisitReferralForm filledFrom(VisitReferral r) {
        VisitReferralForm form = new VisitReferralForm();
        form.title = "Enter and View: " + r.getPremisesName();
        form.recipientName = r.getProviderName();
        form.recipientEmail = r.getProviderEmail();
        return form;
    }

    /** The decision, or null with the fields rejected. */
    UUID check(Errors errors) {
        UUID decision = FormChecks.id(errors, "decisionId", decisionId, true);
        FormChecks.text(errors, "title", title, 300, true);
        FormChecks.text(errors, "summary", summary, 8000, true);
        FormChecks.text(errors, "recipientName", recipientName, 300, true);
        FormChecks.email(errors, "recipientEmail", recipientEmail);
        return errors.hasErrors() ? null : decision;
    }

    /** The recipient: the directory's provider when the name is still the one the directory gives. */
    NewReport.Recipient recipient(VisitReferral r) {
        String name = recipientName.strip();
        UUID provider = r.getProviderId() != null && name.equals(r.getProviderName()) ? r.getProviderId() : null;
        return new NewReport.Recipient(name, ReportRecipient.Role.PROVIDER, provider, FormChecks.clean(recipientEmail));
    }

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getRecipientEmail() { return recipientEmail; }
    public void setRecipientEmail(String recipientEmail) { this.recipientEmail = recipientEmail; }
}
