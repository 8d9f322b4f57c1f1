package org.localvoice.feedback;

import java.util.UUID;

/** A view was given by the public or recorded by staff; it now waits for moderation. */
public record ExperienceSubmitted(UUID networkId, UUID experienceId, UUID premisesId, ViewChannel channel) {
}
