package org.localvoice.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A network's link between a service-responder account and a provider or commissioner it answers for:
 * the account sees and replies to views, requests and reports about that provider.
 */
@Entity
@Table(name = "directory_responder_link")
public class ResponderLink extends TenantOwnedEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    protected ResponderLink() {
    }

    public ResponderLink(UUID accountId, UUID providerId) {
        this.accountId = accountId;
        this.providerId = providerId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getProviderId() {
        return providerId;
    }
}
