package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A report with numbered recommendations (power P2), referred under a decision of category (e) or (h).
 * A draft until the governing body signs it off; then sent, published, and each recipient's response
 * is timed by a clock of its own.
 */
@Entity
@Table(name = "powers_report")
public class Report extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "decision_id", updatable = false)
    private UUID decisionId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false, length = 8000)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "sign_off_id")
    private UUID signOffId;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(nullable = false)
    private boolean published;
    @Column(name = "responsible_email")
    private String responsibleEmail;
    @Column(name = "visit_id", updatable = false)
    private UUID visitId;

    protected Report() {
    }

    Report(String reference, UUID decisionId, String title, String summary, String responsibleEmail) {
        this.reference = reference;
        this.decisionId = decisionId;
        this.title = title;
        this.summary = summary;
        this.responsibleEmail = responsibleEmail;
        this.status = CaseStatus.DRAFT;
    }

    /** A report that refers the recommendations of an Enter and View visit's published report. */
    Report(String reference, UUID decisionId, String title, String summary, String responsibleEmail, UUID visitId) {
        this(reference, decisionId, title, summary, responsibleEmail);
        this.visitId = visitId;
    }

    void sent(LocalDate on, UUID signOffId) {
        this.sentOn = on;
        this.signOffId = signOffId;
        this.status = CaseStatus.OPEN;
        this.published = true;
    }

    void status(CaseStatus status) {
        this.status = status;
    }

    public String getReference() { return reference; }
    public UUID getDecisionId() { return decisionId; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public CaseStatus getStatus() { return status; }
    public UUID getSignOffId() { return signOffId; }
    public LocalDate getSentOn() { return sentOn; }
    public boolean isPublished() { return published; }
    public String getResponsibleEmail() { return responsibleEmail; }
    /** The visit whose report's recommendations this report refers, or null. */
    public UUID getVisitId() { return visitId; }
}
