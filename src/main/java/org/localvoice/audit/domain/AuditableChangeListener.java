package org.localvoice.audit.domain;

import org.localvoice.audit.AuditableChange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Records the domain-level changes other modules publish (kept by the event publication registry until done). */
@Component
class AuditableChangeListener {

    private final AuditEntryRepository entries;

    AuditableChangeListener(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @ApplicationModuleListener
    void on(AuditableChange change) {
        entries.save(AuditEntry.builder()
                .network(change.networkId())
                .occurredAt(change.occurredAt())
                .actor(change.actor(), null)
                .action(change.action())
                .entity(change.entityType(), change.entityId())
                .outcome("success")
                .detail(change.detail())
                .build());
    }
}
