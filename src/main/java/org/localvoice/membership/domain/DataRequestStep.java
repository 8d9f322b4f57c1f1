package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** One step in handling a data request, never changed: received, data downloaded, erased, completed, refused. */
@Entity
@Table(name = "membership_data_request_step")
public class DataRequestStep extends TenantOwnedEntity {

    @Column(name = "request_id", nullable = false, updatable = false)
    private UUID requestId;

    @Column(nullable = false, updatable = false, length = 20)
    private String step;

    @Column(length = 1000, updatable = false)
    private String note;

    protected DataRequestStep() {
    }

    DataRequestStep(UUID requestId, String step, String note) {
        this.requestId = requestId;
        this.step = step;
        this.note = note;
    }

    public UUID getRequestId() { return requestId; }
    public String getStep() { return step; }
    public String getNote() { return note; }
}
