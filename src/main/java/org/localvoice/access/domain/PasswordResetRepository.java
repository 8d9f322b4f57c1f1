package org.localvoice.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByAccountIdAndSpentAtIsNull(UUID accountId);

    long countByAccountIdAndCreatedAtAfter(UUID accountId, Instant since);
}
