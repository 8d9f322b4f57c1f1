package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/** A network's membership rules: whether applications are accepted automatically or wait for staff. */
@Entity
@Table(name = "membership_settings")
public class MembershipSettings extends TenantOwnedEntity {

    @Column(name = "automatic_acceptance", nullable = false)
    private boolean automaticAcceptance;

    protected MembershipSettings() {
    }

    MembershipSettings(boolean automaticAcceptance) {
        this.automaticAcceptance = automaticAcceptance;
    }

    public boolean isAutomaticAcceptance() {
        return automaticAcceptance;
    }

    public void setAutomaticAcceptance(boolean automaticAcceptance) {
        this.automaticAcceptance = automaticAcceptance;
    }
}
