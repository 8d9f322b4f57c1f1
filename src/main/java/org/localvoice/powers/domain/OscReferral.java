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
 * A referral of a health or social care matter to the local authority's Overview and Scrutiny
 * Committee (power P4), under a decision of category (g), with what the network supplied and the
 * committee's decisions on whether its powers apply and whether it will use them.
 */
@Entity
@Table(name = "powers_osc_referral")
public class OscReferral extends TenantOwnedEntity {

    /** Whether the matter is about health or social care services. */
    public enum Matter { HEALTH, SOCIAL_CARE }

    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "decision_id", updatable = false)
    private UUID decisionId;
    @Column(nullable = false)
    private String committee;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Matter matter;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 8000)
    private String supplied;
    @Column(name = "made_on", nullable = false)
    private LocalDate madeOn;
    @Column(name = "powers_apply")
    private Boolean powersApply;
    @Column(name = "will_use_powers")
    private Boolean willUsePowers;
    @Column(name = "decision_notes", length = 4000)
    private String decisionNotes;
    @Column(name = "responsible_email")
    private String responsibleEmail;

    protected OscReferral() {
    }

    OscReferral(String reference, UUID decisionId, String committee, Matter matter, String subject, String supplied,
            LocalDate madeOn, String responsibleEmail) {
        this.reference = reference;
        this.decisionId = decisionId;
        this.committee = committee;
        this.matter = matter;
        this.subject = subject;
        this.supplied = supplied;
        this.madeOn = madeOn;
        this.responsibleEmail = responsibleEmail;
    }

    void committeeDecided(Boolean powersApply, Boolean willUsePowers, String notes) {
        this.powersApply = powersApply;
        this.willUsePowers = willUsePowers;
        this.decisionNotes = notes;
    }

    public String getReference() { return reference; }
    public UUID getDecisionId() { return decisionId; }
    public String getCommittee() { return committee; }
    public Matter getMatter() { return matter; }
    public String getSubject() { return subject; }
    public String getSupplied() { return supplied; }
    public LocalDate getMadeOn() { return madeOn; }
    public Boolean getPowersApply() { return powersApply; }
    public Boolean getWillUsePowers() { return willUsePowers; }
    public String getDecisionNotes() { return decisionNotes; }
    public String getResponsibleEmail() { return responsibleEmail; }
}
