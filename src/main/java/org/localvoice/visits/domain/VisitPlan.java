package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A visit plan as checked and stored: the premises and decision details are copied from their modules. */
public record VisitPlan(UUID premisesId, String premisesName, String premisesAddress, UUID controllerId,
        String controllerName, UUID decisionId, String decisionSummary, LocalDate visitOn, String visitTime,
        String purpose, boolean announced, List<ViewArea> areas, String otherAreas, String privacyMeasures,
        boolean careProvided) {

    public VisitPlan {
        areas = List.copyOf(areas);
    }
}
