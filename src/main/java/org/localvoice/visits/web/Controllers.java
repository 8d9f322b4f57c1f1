package org.localvoice.visits.web;

import java.util.UUID;
import org.localvoice.directory.PremisesSummary;

/** Who controls premises, as the directory records it: the provider that gets the notice of a visit. */
final class Controllers {

    private Controllers() {
    }

    static UUID controllerId(PremisesSummary premises) {
        return premises.controllerId();
    }
}
