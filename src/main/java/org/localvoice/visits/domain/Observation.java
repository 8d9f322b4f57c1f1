package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * One representative's record of a visit: whether entry was granted (and the provider's ground under reg
 * 3(2) if not), what was seen and heard, and how many people of each kind they spoke to (never names).
 */
@Entity
@Table(name = "visits_observation")
public class Observation extends TenantOwnedEntity {

    @Column(name = "visit_id", nullable = false, updatable = false)
    private UUID visitId;
    @Column(name = "representative_id", nullable = false, updatable = false)
    private UUID representativeId;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private EntryOutcome entry;
    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground", length = 10)
    private RefusalGround refusalGround;
    @Column(name = "refusal_detail", length = 2000)
    private String refusalDetail;
    @Column(name = "seen_and_heard", length = 8000)
    private String seenAndHeard;
    @Column(name = "residents_spoken")
    private Integer residentsSpoken;
    @Column(name = "staff_spoken")
    private Integer staffSpoken;
    @Column(name = "relatives_spoken")
    private Integer relativesSpoken;
    @Column(name = "others_spoken", length = 500)
    private String othersSpoken;
    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Observation() {
    }

    Observation(UUID visitId, UUID representativeId) {
        this.visitId = visitId;
        this.representativeId = representativeId;
    }

    void record(ObservationDetails d) {
        this.entry = d.entry();
        this.refusalGround = d.entry() == EntryOutcome.GRANTED ? null : d.refusalGround();
        this.refusalDetail = d.refusalDetail();
        this.seenAndHeard = d.seenAndHeard();
        this.residentsSpoken = d.residentsSpoken();
        this.staffSpoken = d.staffSpoken();
        this.relativesSpoken = d.relativesSpoken();
        this.othersSpoken = d.othersSpoken();
    }

    void submit(Instant at) {
        this.submittedAt = at;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public UUID getVisitId() {
        return visitId;
    }

    public UUID getRepresentativeId() {
        return representativeId;
    }

    public EntryOutcome getEntry() {
        return entry;
    }

    public RefusalGround getRefusalGround() {
        return refusalGround;
    }

    public String getRefusalDetail() {
        return refusalDetail;
    }

    public String getSeenAndHeard() {
        return seenAndHeard;
    }

    public Integer getResidentsSpoken() {
        return residentsSpoken;
    }

    public Integer getStaffSpoken() {
        return staffSpoken;
    }

    public Integer getRelativesSpoken() {
        return relativesSpoken;
    }

    public String getOthersSpoken() {
        return othersSpoken;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
