package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A reminder sent for a clock. The table's unique key (network, clock, kind) is the claim: the node
 * whose insert succeeds sends the e-mail, in the same transaction, so each reminder goes once.
 */
@Entity
@Immutable
@Table(name = "powers_reminder")
public class Reminder extends TenantOwnedEntity {

    /** Before the due date, on it, and after it (escalation). */
    public enum Kind {
        BEFORE, DUE, OVERDUE
    }

    @Column(name = "clock_id", nullable = false)
    private UUID clockId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    @Column(name = "sent_to", length = 1000)
    private String sentTo;

    protected Reminder() {
    }

    Reminder(UUID clockId, Kind kind, String sentTo) {
        this.clockId = clockId;
        this.kind = kind;
        this.sentTo = sentTo;
    }

    public UUID getClockId() { return clockId; }
    public Kind getKind() { return kind; }
    public String getSentTo() { return sentTo; }
}
