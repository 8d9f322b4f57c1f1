package org.localvoice.directory;

import java.util.UUID;

/**
 * A directory entry was added or corrected by hand, or a network's note on it changed. {@code networkId}
 * is the network of the person who made the change.
 */
public record DirectoryEntryChanged(UUID networkId, UUID premisesId, Action action) {

    public enum Action {
        CREATED, UPDATED, NOTE_ADDED, NOTE_UPDATED
    }
}
