package org.localvoice.audit.domain;

import java.util.UUID;
import org.localvoice.audit.AuditFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Filtered, paged reading of the trail, newest first. */
public interface AuditEntrySearch {

    /**
     * Entries of one network, or the platform-level entries when {@code networkId} is null. Never all
     * networks at once.
     */
    Page<AuditEntry> search(UUID networkId, AuditFilter filter, Pageable pageable);
}
