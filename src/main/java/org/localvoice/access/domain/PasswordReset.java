package org.localvoice.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.localvoice.shared.Ids;
import org.localvoice.shared.NationalRecord;

/** A one-time password-reset link, kept as the hash of its token. */
@Entity
@Table(name = "access_password_reset")
@NationalRecord("Belongs to an account, which may have no network; found by token before anyone is signed in")
class PasswordReset {

    @Id
    private UUID id = Ids.next();
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "spent_at")
    private Instant spentAt;

    protected PasswordReset() {
    }

    PasswordReset(UUID accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return spentAt == null && expiresAt.isAfter(now);
    }

    void spend(Instant now) {
        if (spentAt == null) {
            spentAt = now;
        }
    }

    UUID accountId() {
        return accountId;
    }
}
