package org.localvoice.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The visits module's facade: who may enter and view on behalf of the current network. */
public interface Visits {

    /** Whether the participant is an authorised representative of the current network on that date. */
    boolean isAuthorised(UUID participantId, LocalDate on);

    /** Names of the current network's authorised representatives today, by name (the public register). */
    List<String> currentRepresentativeNames();
}
