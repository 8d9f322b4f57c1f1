package org.localvoice.audit.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/**
 * Append-only access to the audit trail: insert and read, nothing else. Deliberately not a
 * {@code CrudRepository}: there is no update, no delete. Every read names its network (or asks for
 * platform-level entries, which have none).
 */
public interface AuditEntryRepository extends Repository<AuditEntry, UUID>, AuditEntrySearch {

    AuditEntry save(AuditEntry entry);

    Optional<AuditEntry> findByIdAndNetworkId(UUID id, UUID networkId);

    Optional<AuditEntry> findByIdAndNetworkIdIsNull(UUID id);

    long countByNetworkId(UUID networkId);
}
