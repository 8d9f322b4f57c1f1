package org.localvoice.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    Optional<ApiToken> findByIdAndAccountId(UUID id, UUID accountId);

    long countByAccountIdAndRevokedAtIsNullAndExpiresAtAfter(UUID accountId, Instant now);

    /** Records use, at most once per {@code cutoff} interval, without loading or versioning the token. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :cutoff)")
    int touch(@Param("id") UUID id, @Param("now") Instant now, @Param("cutoff") Instant cutoff);
}
