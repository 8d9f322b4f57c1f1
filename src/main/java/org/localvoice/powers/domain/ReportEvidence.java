package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * Evidence a report relies on, by kind and id of another module's record (for example a published view,
 * kind "view") and a reference people can read; never a link between tables.
 */
@Entity
@Table(name = "powers_report_evidence")
public class ReportEvidence extends TenantOwnedEntity {

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "evidence_id")
    private UUID evidenceId;
    @Column(nullable = false)
    private String reference;

    protected ReportEvidence() {
    }

    ReportEvidence(UUID reportId, String kind, UUID evidenceId, String reference) {
        this.reportId = reportId;
        this.kind = kind;
        this.evidenceId = evidenceId;
        this.reference = reference;
    }

    public UUID getReportId() { return reportId; }
    public String getKind() { return kind; }
    public UUID getEvidenceId() { return evidenceId; }
    public String getReference() { return reference; }
}
