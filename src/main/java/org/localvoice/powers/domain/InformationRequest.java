package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A request for information (power P1) to a services-provider or commissioner, made under a relevant
 * decision of category (d). Its questions are numbered one a line; its replies and clocks are separate.
 */
@Entity
@Table(name = "powers_information_request")
public class InformationRequest extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "decision_id", updatable = false)
    private UUID decisionId;
    @Column(name = "recipient_name", nullable = false)
    private String recipientName;
    @Column(name = "recipient_provider_id")
    private UUID recipientProviderId;
    @Column(name = "recipient_email")
    private String recipientEmail;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 8000)
    private String questions;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "responsible_email")
    private String responsibleEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    protected InformationRequest() {
    }

    InformationRequest(String reference, UUID decisionId, Party recipient, String subject, List<String> questions,
            Channel channel, LocalDate sentOn, LocalDate receivedOn, String responsibleEmail) {
        this.reference = reference;
        this.decisionId = decisionId;
        this.recipientName = recipient.name();
        this.recipientProviderId = recipient.providerId();
        this.recipientEmail = recipient.email();
        this.channel = channel;
        this.sentOn = sentOn;
        this.receivedOn = receivedOn;
        this.responsibleEmail = responsibleEmail;
        this.status = CaseStatus.OPEN;
        edit(subject, questions);
    }

    void edit(String subject, List<String> questions) {
        this.subject = subject;
        this.questions = String.join("\n", questions);
    }

    void status(CaseStatus status) {
        this.status = status;
    }

    /** The questions in order; question n is {@code questionList().get(n - 1)}. */
    public List<String> questionList() {
        return questions.lines().filter(l -> !l.isBlank()).toList();
    }

    public Party recipient() {
        return new Party(recipientName, recipientProviderId, recipientEmail, null);
    }

    public String getReference() { return reference; }
    public UUID getDecisionId() { return decisionId; }
    public String getRecipientName() { return recipientName; }
    public UUID getRecipientProviderId() { return recipientProviderId; }
    public String getRecipientEmail() { return recipientEmail; }
    public String getSubject() { return subject; }
    public String getQuestions() { return questions; }
    public Channel getChannel() { return channel; }
    public LocalDate getSentOn() { return sentOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getResponsibleEmail() { return responsibleEmail; }
    public CaseStatus getStatus() { return status; }
}
