package org.localvoice.visits.domain;

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
 * A letter sent to the provider in control of the premises about a visit (the notice of an announced visit,
 * or the draft report for factual-accuracy comments): when, how, to whom and by whom. Append-only: the
 * visit's timeline of letters is never changed.
 */
@Entity
@Immutable
@Table(name = "visits_letter")
public class VisitLetter extends TenantOwnedEntity {

    public enum Kind { NOTICE, DRAFT_REPORT }

    public enum Channel { EMAIL, POST }

    @Column(name = "visit_id", nullable = false)
    private UUID visitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;
    @Column(name = "sent_to", length = 254)
    private String sentTo;
    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;
    @Column(name = "sent_by", length = 200)
    private String sentBy;
    @Column(name = "comments_due")
    private LocalDate commentsDue;

    protected VisitLetter() {
    }

    public VisitLetter(UUID visitId, Kind kind, Channel channel, String sentTo, LocalDate sentOn, String sentBy, LocalDate commentsDue) {
        this.visitId = visitId;
        this.kind = kind;
        this.channel = channel;
        this.sentTo = sentTo;
        this.sentOn = sentOn;
        this.sentBy = sentBy;
        this.commentsDue = commentsDue;
    }

    public UUID getVisitId() {
        return visitId;
    }

    public Kind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSentTo() {
        return sentTo;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDate getCommentsDue() {
        return commentsDue;
    }
}
