package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** Who a report goes to, and in what role; each recipient owes a response of its own. */
@Entity
@Table(name = "powers_report_recipient")
public class ReportRecipient extends TenantOwnedEntity {

    /** The recipient's part: a services-provider or commissioner (category (e)) or another person (h). */
    public enum Role {
        COMMISSIONER, PROVIDER, MANAGER, SCRUTINEER, OTHER;

        public boolean servicesProvider() {
            return this == COMMISSIONER || this == PROVIDER;
        }
    }

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;
    @Column(name = "recipient_name", nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    private Role role;
    @Column(name = "recipient_provider_id")
    private UUID providerId;
    @Column(name = "recipient_email")
    private String email;

    protected ReportRecipient() {
    }

    ReportRecipient(UUID reportId, String name, Role role, UUID providerId, String email) {
        this.reportId = reportId;
        this.name = name;
        this.role = role;
        this.providerId = providerId;
        this.email = email;
    }

    public Party party() {
        return new Party(name, providerId, email, getId());
    }

    public UUID getReportId() { return reportId; }
    public String getName() { return name; }
    public Role getRole() { return role; }
    public UUID getProviderId() { return providerId; }
    public String getEmail() { return email; }
}
