package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A network's own target for publishing decision statements, in calendar days from the decision.
 * When it is shorter than the rule set's period it sets the due date; {@code null} means the rule set's.
 */
@Entity
@Table(name = "governance_publication_target")
public class PublicationTarget extends TenantOwnedEntity {

    @Column(name = "target_days")
    private Integer targetDays;

    protected PublicationTarget() {
    }

    PublicationTarget(Integer targetDays) {
        this.targetDays = targetDays;
    }

    void change(Integer targetDays) {
        this.targetDays = targetDays;
    }

    public Integer getTargetDays() {
        return targetDays;
    }
}
