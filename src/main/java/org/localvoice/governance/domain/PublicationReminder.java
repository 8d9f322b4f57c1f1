package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.TenantOwnedEntity;

/** A reminder sent because a decision's statement is overdue for publication; one per decision and kind. */
@Entity
@Immutable
@Table(name = "governance_publication_reminder")
public class PublicationReminder extends TenantOwnedEntity {

    /** The only kind so far: the statement is past its publication due date. */
    static final String OVERDUE = "OVERDUE";

    @Column(name = "decision_id", nullable = false)
    private UUID decisionId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "sent_to", length = 2000)
    private String sentTo;

    protected PublicationReminder() {
    }

    PublicationReminder(UUID decisionId, String kind, String sentTo) {
        this.decisionId = decisionId;
        this.kind = kind;
        this.sentTo = sentTo == null || sentTo.length() <= 2000 ? sentTo : sentTo.substring(0, 2000);
    }

    public UUID getDecisionId() { return decisionId; }
    public String getKind() { return kind; }
    public String getSentTo() { return sentTo; }
}
