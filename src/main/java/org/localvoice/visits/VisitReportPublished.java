package org.localvoice.visits;

import java.util.List;
import java.util.UUID;

/**
 * An Enter and View report was published: its numbered recommendations (in order) go to the provider that
 * controls the premises, whose responses are tracked like any other report's.
 *
 * @param controllerProviderId the provider that controls the premises; null when the directory names none
 */
public record VisitReportPublished(UUID networkId, UUID visitId, UUID premisesId, UUID controllerProviderId,
        List<String> recommendations) {

    public VisitReportPublished {
        recommendations = List.copyOf(recommendations);
    }
}
