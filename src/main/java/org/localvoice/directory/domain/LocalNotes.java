package org.localvoice.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.DirectoryEntryChanged;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current network's notes on premises. Another network's notes are never found. */
@Service
public class LocalNotes {

    private final LocalNoteRepository notes;
    private final ApplicationEventPublisher events;

    LocalNotes(LocalNoteRepository notes, ApplicationEventPublisher events) {
        this.notes = notes;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<LocalNote> on(UUID premisesId) {
        return notes.findByPremisesIdOrderByCreatedAtAsc(premisesId);
    }

    /** The current network's note, on these premises. */
    @Transactional(readOnly = true)
    public Optional<LocalNote> find(UUID premisesId, UUID noteId) {
        UUID network = TenantContext.requireNetwork();
        return notes.findById(noteId).filter(n -> network.equals(n.getNetworkId()) && n.getPremisesId().equals(premisesId));
    }

    @Transactional
    public UUID add(UUID premisesId, String note, String links) {
        LocalNote n = notes.save(new LocalNote(premisesId, note, links));
        events.publishEvent(new DirectoryEntryChanged(TenantContext.requireNetwork(), premisesId,
                DirectoryEntryChanged.Action.NOTE_ADDED));
        return n.getId();
    }

    @Transactional
    public void edit(UUID premisesId, UUID noteId, long version, String note, String links) {
        LocalNote n = find(premisesId, noteId).orElseThrow(() -> new IllegalArgumentException("No note " + noteId));
        if (n.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LocalNote.class, noteId);
        }
        n.edit(note, links);
        notes.saveAndFlush(n);
        events.publishEvent(new DirectoryEntryChanged(TenantContext.requireNetwork(), premisesId,
                DirectoryEntryChanged.Action.NOTE_UPDATED));
    }
}
