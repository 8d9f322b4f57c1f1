package org.localvoice.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.audit.AuditEntryView;
import org.localvoice.shared.Ids;
import org.localvoice.shared.NationalRecord;
import org.springframework.data.domain.Persistable;

/**
 * One line of the append-only audit trail. Immutable: Hibernate never writes changes to it, it has no
 * mutators, and {@link #isNew()} is always true so that saving can only ever insert (saving an entry
 * that exists fails instead of overwriting it).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
@NationalRecord("Platform-level entries (sign-in attempts, network creation) belong to no network; "
        + "every query is scoped by network explicitly")
public class AuditEntry implements Persistable<UUID> {

    static final int ACTOR_LENGTH = 254;
    static final int ACTION_LENGTH = 120;
    static final int ENTITY_TYPE_LENGTH = 60;
    static final int ENTITY_ID_LENGTH = 64;
    static final int PATH_LENGTH = 500;
    static final int OUTCOME_LENGTH = 20;
    static final int DETAIL_LENGTH = 500;

    @Id
    private UUID id;
    @Column(name = "network_id", updatable = false)
    private UUID networkId;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;
    @Column(name = "actor_account_id", updatable = false)
    private UUID actorAccountId;
    @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
    private String action;
    @Column(name = "entity_type", updatable = false, length = ENTITY_TYPE_LENGTH)
    private String entityType;
    @Column(name = "entity_id", updatable = false, length = ENTITY_ID_LENGTH)
    private String entityId;
    @Column(name = "http_method", updatable = false, length = 10)
    private String httpMethod;
    @Column(updatable = false, length = PATH_LENGTH)
    private String path;
    @Column(nullable = false, updatable = false, length = OUTCOME_LENGTH)
    private String outcome;
    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEntry() {
    }

    private AuditEntry(Builder b) {
        this.id = Ids.next();
        this.networkId = b.networkId;
        this.occurredAt = b.occurredAt == null ? Instant.now() : b.occurredAt;
        this.actor = cut(b.actor == null || b.actor.isBlank() ? "anonymous" : b.actor.trim(), ACTOR_LENGTH);
        this.actorAccountId = b.actorAccountId;
        this.action = cut(b.action == null || b.action.isBlank() ? "unknown" : b.action, ACTION_LENGTH);
        this.entityType = cut(b.entityType, ENTITY_TYPE_LENGTH);
        this.entityId = cut(b.entityId, ENTITY_ID_LENGTH);
        this.httpMethod = cut(b.httpMethod, 10);
        this.path = cut(b.path, PATH_LENGTH);
        this.outcome = cut(b.outcome == null ? "success" : b.outcome, OUTCOME_LENGTH);
        this.detail = cut(b.detail, DETAIL_LENGTH);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public AuditEntryView view() {
        return new AuditEntryView(id, networkId, occurredAt, actor, actorAccountId, action, entityType, entityId,
                httpMethod, path, outcome, detail);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Always true: an audit entry is only ever inserted. */
    @Override
    @Transient
    public boolean isNew() {
        return true;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }

    /** Collects the parts of a new entry. */
    public static final class Builder {
        private UUID networkId;
        private Instant occurredAt;
        private String actor;
        private UUID actorAccountId;
        private String action;
        private String entityType;
        private String entityId;
        private String httpMethod;
        private String path;
        private String outcome;
        private String detail;

        private Builder() {
        }

        public Builder network(UUID networkId) {
            this.networkId = networkId;
            return this;
        }

        public Builder occurredAt(Instant at) {
            this.occurredAt = at;
            return this;
        }

        public Builder actor(String actor, UUID accountId) {
            this.actor = actor;
            this.actorAccountId = accountId;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        public Builder entity(String type, String id) {
            this.entityType = type;
            this.entityId = id;
            return this;
        }

        public Builder request(String method, String path) {
            this.httpMethod = method;
            this.path = path;
            return this;
        }

        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        public AuditEntry build() {
            return new AuditEntry(this);
        }
    }
}
