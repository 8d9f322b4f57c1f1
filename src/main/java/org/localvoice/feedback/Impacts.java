package org.localvoice.feedback;

import java.util.Optional;
import java.util.UUID;

/**
 * "What changed" records of the current network, for other modules: a service's change after people's
 * views, to which a recommendation's outcome (powers) can be linked by id.
 */
public interface Impacts {

    /** An impact record of the current network. */
    Optional<ImpactSummary> impact(UUID id);

    /**
     * Links a recommendation's outcome (by its id in the powers module) to an impact record of the current
     * network; linking twice does nothing.
     *
     * @throws java.util.NoSuchElementException when the impact record is not the current network's
     */
    void linkRecommendationOutcome(UUID impactId, UUID outcomeId);
}
