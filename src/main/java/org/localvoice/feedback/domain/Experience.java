package org.localvoice.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A person's view of a care service: what happened, when, where, and what they agreed it may be used for.
 * {@code text} is the working text moderators redact; the text as given is kept apart
 * ({@link OriginalText}), and so is the person ({@link ExperienceContact}). Other parts of the feedback
 * module (themes, replies, impact) refer to it by id.
 */
@Entity
@Table(name = "feedback_experience")
public class Experience extends TenantOwnedEntity {

    public static final int MAX_TEXT = 8000;

    @Column(nullable = false, updatable = false, length = 16)
    private String reference;
    @Column(name = "premises_id")
    private UUID premisesId;
    @Column(name = "provider_id")
    private UUID providerId;
    @Column(name = "service_name", nullable = false, length = 200)
    private String serviceName;
    @Column(nullable = false, length = MAX_TEXT)
    private String text;
    @Column(name = "happened_on")
    private LocalDate happenedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "happened_precision", length = 10)
    private WhenPrecision happenedPrecision;
    private Integer rating;
    @Column(nullable = false)
    private boolean anonymous;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ViewChannel channel;
    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "recorded_by", length = 120, updatable = false)
    private String recordedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Consent consent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ViewStatus status = ViewStatus.AWAITING_MODERATION;
    @Column(name = "status_reason", length = 1000)
    private String statusReason;
    @Column(nullable = false)
    private boolean redacted;
    @Column(name = "safeguarding_open", nullable = false)
    private boolean safeguardingOpen;
    @Column(name = "moderated_by", length = 120)
    private String moderatedBy;
    @Column(name = "moderated_at")
    private Instant moderatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected Experience() {
    }

    Experience(String reference, NewExperience v, String recordedBy) {
        this.reference = reference;
        this.premisesId = v.premisesId();
        this.providerId = v.providerId();
        this.serviceName = v.serviceName();
        this.text = v.text();
        this.happenedOn = v.happenedOn();
        this.happenedPrecision = v.happenedPrecision();
        this.rating = v.rating();
        this.anonymous = v.anonymous();
        this.channel = v.channel();
        this.receivedOn = v.receivedOn();
        this.recordedBy = recordedBy;
        this.consent = v.consent();
    }

    void moderate(ViewStatus newStatus, String newText, boolean wasRedacted, String reason, String moderator, Instant at) {
        this.text = newText;
        this.redacted = this.redacted || wasRedacted;
        this.status = newStatus;
        this.statusReason = reason;
        this.moderatedBy = moderator;
        this.moderatedAt = at;
        if (newStatus == ViewStatus.PUBLISHED && publishedAt == null) {
            publishedAt = at;
        }
        if (newStatus != ViewStatus.PUBLISHED) {
            publishedAt = null;
        }
    }

    void openSafeguarding() {
        this.safeguardingOpen = true;
        if (status == ViewStatus.PUBLISHED) {
            status = ViewStatus.HELD;
            publishedAt = null;
        }
    }

    void closeSafeguarding() {
        this.safeguardingOpen = false;
    }

    void linkPremises(UUID premisesId, UUID providerId, String serviceName) {
        this.premisesId = premisesId;
        this.providerId = providerId;
        this.serviceName = serviceName;
    }

    public String getReference() { return reference; }
    public UUID getPremisesId() { return premisesId; }
    public UUID getProviderId() { return providerId; }
    public String getServiceName() { return serviceName; }
    public String getText() { return text; }
    public LocalDate getHappenedOn() { return happenedOn; }
    public WhenPrecision getHappenedPrecision() { return happenedPrecision; }
    public Integer getRating() { return rating; }
    public boolean isAnonymous() { return anonymous; }
    public ViewChannel getChannel() { return channel; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getRecordedBy() { return recordedBy; }
    public Consent getConsent() { return consent; }
    public ViewStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public boolean isRedacted() { return redacted; }
    public boolean isSafeguardingOpen() { return safeguardingOpen; }
    public String getModeratedBy() { return moderatedBy; }
    public Instant getModeratedAt() { return moderatedAt; }
    public Instant getPublishedAt() { return publishedAt; }

    /** Whether a moderator may publish it: the person agreed to anonymised publication. */
    public boolean publishable() {
        return consent == Consent.PUBLISH_ANONYMISED;
    }
}
