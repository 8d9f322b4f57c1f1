package org.localvoice.feedback.insight.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** A provider's public reply to a published view, written by one of its service responders. Shown under the view. */
@Entity(name = "ServiceReply")
@Table(name = "feedback_reply")
public class Reply extends TenantOwnedEntity {

    @Column(name = "experience_id", nullable = false, updatable = false)
    private UUID experienceId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "replied_at", nullable = false)
    private Instant repliedAt;

    @Column(name = "days_to_reply", nullable = false)
    private int daysToReply;

    protected Reply() {
    }

    Reply(UUID experienceId, UUID providerId, UUID accountId, String providerName, String text, Instant repliedAt, int daysToReply) {
        this.experienceId = experienceId;
        this.providerId = providerId;
        this.accountId = accountId;
        this.providerName = providerName;
        this.text = text;
        this.repliedAt = repliedAt;
        this.daysToReply = daysToReply;
    }

    public UUID getExperienceId() {
        return experienceId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getText() {
        return text;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public int getDaysToReply() {
        return daysToReply;
    }
}
