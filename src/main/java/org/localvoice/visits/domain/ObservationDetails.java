package org.localvoice.visits.domain;

/** What a representative types into the observation form. */
public record ObservationDetails(EntryOutcome entry, RefusalGround refusalGround, String refusalDetail,
        String seenAndHeard, Integer residentsSpoken, Integer staffSpoken, Integer relativesSpoken, String othersSpoken) {
}
