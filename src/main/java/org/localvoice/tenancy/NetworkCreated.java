package org.localvoice.tenancy;

import java.util.UUID;

/** Published when a platform administrator creates a network. */
public record NetworkCreated(UUID networkId, String slug, String name) {
}
