package org.localvoice.audit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;

/**
 * The audit module's facade: reading the trail. A host manager reads their own network's entries only
 * (the network comes from the signed-in user, never from the caller); a platform administrator reads
 * the platform-level entries (those that belong to no network). Newest first, {@value #PAGE_SIZE} a page.
 */
public interface AuditTrail {

    int PAGE_SIZE = 50;

    Page<AuditEntryView> networkEntries(AuditFilter filter, int page);

    Optional<AuditEntryView> networkEntry(UUID id);

    Page<AuditEntryView> platformEntries(AuditFilter filter, int page);

    Optional<AuditEntryView> platformEntry(UUID id);
}
