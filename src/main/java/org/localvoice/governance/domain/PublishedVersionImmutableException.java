package org.localvoice.governance.domain;

import java.util.UUID;

/** A published procedure version was about to change: make a new version instead. */
public class PublishedVersionImmutableException extends RuntimeException {

    public PublishedVersionImmutableException(UUID versionId) {
        super("Procedure version " + versionId + " is published and cannot change; draft a new version");
    }
}
