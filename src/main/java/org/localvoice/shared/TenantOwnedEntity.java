package org.localvoice.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A record that belongs to one network. Hibernate sets {@code network_id} on insert from the
 * {@link TenantContext} and adds it to every query, so no code can read another network's rows.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity extends AuditedEntity {

    @TenantId
    @Column(name = "network_id", nullable = false, updatable = false)
    private UUID networkId;

    public UUID getNetworkId() {
        return networkId;
    }
}
