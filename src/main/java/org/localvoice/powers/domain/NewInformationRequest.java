package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What staff give to open a request for information. */
public record NewInformationRequest(UUID decisionId, Party recipient, String subject, List<String> questions,
        Channel channel, LocalDate sentOn, LocalDate receivedOn) {
}
