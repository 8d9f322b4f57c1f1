package org.localvoice.audit.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditActor;
import org.localvoice.audit.AuditEntryView;
import org.localvoice.audit.AuditFilter;
import org.localvoice.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes entries (in their own transaction, so that they survive a failed request) and reads them. */
@Service
@Transactional(readOnly = true)
public class AuditService implements AuditTrail {

    private final AuditEntryRepository entries;
    private final CurrentActor currentActor;

    AuditService(AuditEntryRepository entries, CurrentActor currentActor) {
        this.entries = entries;
        this.currentActor = currentActor;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        entries.save(entry);
    }

    @Override
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public Page<AuditEntryView> networkEntries(AuditFilter filter, int page) {
        return entries.search(ownNetwork(), filter, pageOf(page)).map(AuditEntry::view);
    }

    @Override
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public Optional<AuditEntryView> networkEntry(UUID id) {
        return entries.findByIdAndNetworkId(id, ownNetwork()).map(AuditEntry::view);
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Page<AuditEntryView> platformEntries(AuditFilter filter, int page) {
        return entries.search(null, filter, pageOf(page)).map(AuditEntry::view);
    }

    @Override
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Optional<AuditEntryView> platformEntry(UUID id) {
        return entries.findByIdAndNetworkIdIsNull(id).map(AuditEntry::view);
    }

    private UUID ownNetwork() {
        return currentActor.get().map(AuditActor::networkId)
                .orElseThrow(() -> new IllegalStateException("A host manager without a network"));
    }

    private static PageRequest pageOf(int page) {
        return PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE);
    }
}
