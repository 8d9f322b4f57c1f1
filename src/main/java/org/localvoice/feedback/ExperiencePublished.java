package org.localvoice.feedback;

import java.util.UUID;

/** A moderator published a view (anonymised) on the network's public pages. */
public record ExperiencePublished(UUID networkId, UUID experienceId, UUID premisesId, UUID providerId) {
}
