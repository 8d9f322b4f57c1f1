package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.NewInformationRequest;
import org.localvoice.powers.domain.Party;
import org.springframework.validation.Errors;

/** A request for information as typed: kept as typed when a check fails, so nothing is lost. */
public class RequestForm {

    private String decisionId;
    private String recipientName;
    private String recipientProviderId;
    private String recipientEmail;
    private String subject;
    private String questions;
    private String channel;
    private String sentOn;
    private String receivedOn;
    private long version;

    /** The checked request, or null when a field is rejected. */
    NewInformationRequest check(Errors errors, LocalDate today) {
        UUID decision = FormChecks.id(errors, "decisionId", decisionId, true);
        FormChecks.text(errors, "recipientName", recipientName, 300, true);
        UUID provider = FormChecks.id(errors, "recipientProviderId", recipientProviderId, false);
        FormChecks.email(errors, "recipientEmail", recipientEmail);
        checkDetails(errors);
        Channel how = FormChecks.choice(errors, "channel", channel, Channel.class);
        LocalDate sent = FormChecks.date(errors, "sentOn", sentOn, today);
        LocalDate received = FormChecks.date(errors, "receivedOn", receivedOn, today);
        if (sent != null && received != null && received.isBefore(sent)) {
            errors.rejectValue("receivedOn", "powers.error.receivedOn.beforeSent");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new NewInformationRequest(decision, new Party(recipientName.strip(), provider,
                FormChecks.clean(recipientEmail), null), subject.strip(), questionList(), how, sent, received);
    }

    void checkDetails(Errors errors) {
        FormChecks.text(errors, "subject", subject, 300, true);
        FormChecks.text(errors, "questions", questions, 8000, true);
    }

    List<String> questionList() {
        return questions == null ? List.of() : questions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getDecisionId() { return decisionId; }
    public void setDecisionId(String decisionId) { this.decisionId = decisionId; }
    public String getRecipientName() { return recipientName; }
    public void setRecipientName(String recipientName) { this.recipientName = recipientName; }
    public String getRecipientProviderId() { return recipientProviderId; }
    public void setRecipientProviderId(String recipientProviderId) { this.recipientProviderId = recipientProviderId; }
    public String getRecipientEmail() { return recipientEmail; }
    public void setRecipientEmail(String recipientEmail) { this.recipientEmail = recipientEmail; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSentOn() { return sentOn; }
    public void setSentOn(String sentOn) { this.sentOn = sentOn; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String receivedOn) { this.receivedOn = receivedOn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
