package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * One recipient's response to one recommendation: accepted, partly, rejected or pending, the action
 * promised or the reasons for none, a date to review it, and later whether the change happened (with
 * the impact record, if any). Never changed: a later response replaces it on the page.
 */
@Entity
@Immutable
@Table(name = "powers_recommendation_response")
public class RecommendationResponse extends TenantOwnedEntity {

    /** The recipient's answer to a recommendation. */
    public enum Answer {
        ACCEPTED, PARTLY, REJECTED, PENDING
    }

    /** Whether the promised change happened, as found at or after the review date. */
    public enum ChangeOutcome {
        YES, PARTLY, NO, NOT_YET
    }

    @Column(name = "recommendation_id", nullable = false)
    private UUID recommendationId;
    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Answer answer;
    @Column(name = "action_promised", length = 4000)
    private String actionPromised;
    @Column(length = 4000)
    private String reasons;
    @Column(name = "review_on")
    private LocalDate reviewOn;
    @Column(name = "change_happened")
    private Boolean changeHappened;
    @Column(name = "impact_id")
    private UUID impactId;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_outcome")
    private ChangeOutcome changeOutcome;
    @Column(name = "outcome_note", length = 4000)
    private String outcomeNote;
    @Column(name = "outcome_on")
    private LocalDate outcomeOn;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel via;

    protected RecommendationResponse() {
    }

    RecommendationResponse(UUID recommendationId, UUID recipientId, Answer answer, String actionPromised,
            String reasons, LocalDate reviewOn, Boolean changeHappened, UUID impactId, LocalDate receivedOn,
            Channel via) {
        this.recommendationId = recommendationId;
        this.recipientId = recipientId;
        this.answer = answer;
        this.actionPromised = actionPromised;
        this.reasons = reasons;
        this.reviewOn = reviewOn;
        this.changeHappened = changeHappened;
        this.impactId = impactId;
        this.receivedOn = receivedOn;
        this.via = via;
    }

    /** The same response with the outcome of the promised change, found on a day at or after the review date. */
    RecommendationResponse withOutcome(ChangeOutcome outcome, String note, UUID impact, LocalDate on) {
        RecommendationResponse r = new RecommendationResponse(recommendationId, recipientId, answer, actionPromised,
                reasons, reviewOn, outcome == ChangeOutcome.YES ? Boolean.TRUE : outcome == ChangeOutcome.NO
                        ? Boolean.FALSE : null, impact, receivedOn, via);
        r.changeOutcome = outcome;
        r.outcomeNote = note;
        r.outcomeOn = on;
        return r;
    }

    public UUID getRecommendationId() { return recommendationId; }
    public UUID getRecipientId() { return recipientId; }
    public Answer getAnswer() { return answer; }
    public String getActionPromised() { return actionPromised; }
    public String getReasons() { return reasons; }
    public LocalDate getReviewOn() { return reviewOn; }
    public Boolean getChangeHappened() { return changeHappened; }
    public UUID getImpactId() { return impactId; }
    /** The outcome of the promised change; for rows recorded before outcomes had four values, from changeHappened. */
    public ChangeOutcome getChangeOutcome() {
        return changeOutcome != null ? changeOutcome : changeHappened == null ? null
                : changeHappened ? ChangeOutcome.YES : ChangeOutcome.NO;
    }
    public String getOutcomeNote() { return outcomeNote; }
    public LocalDate getOutcomeOn() { return outcomeOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public Channel getVia() { return via; }
}
