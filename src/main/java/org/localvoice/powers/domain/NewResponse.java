package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One recipient's response to one recommendation, as recorded or given through the product. */
public record NewResponse(UUID recommendationId, RecommendationResponse.Answer answer, String actionPromised,
        String reasons, LocalDate reviewOn, LocalDate receivedOn, Channel via) {
}
