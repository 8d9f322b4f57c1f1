package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** One numbered recommendation of a report; each recipient responds to it separately. */
@Entity
@Table(name = "powers_recommendation")
public class Recommendation extends TenantOwnedEntity {

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;
    @Column(name = "rec_number", nullable = false, updatable = false)
    private int number;
    @Column(nullable = false, length = 4000)
    private String body;

    protected Recommendation() {
    }

    Recommendation(UUID reportId, int number, String body) {
        this.reportId = reportId;
        this.number = number;
        this.body = body;
    }

    public UUID getReportId() { return reportId; }
    public int getNumber() { return number; }
    public String getBody() { return body; }
}
