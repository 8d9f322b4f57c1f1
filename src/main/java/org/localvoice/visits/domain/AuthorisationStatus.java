package org.localvoice.visits.domain;

/** Where a representative stands on a given day. Only {@link #AUTHORISED} may enter and view. */
public enum AuthorisationStatus {
    /** Training, the criminal records check or its consideration is still to be recorded. */
    INCOMPLETE,
    /** The nominated person decided the person is not suitable. */
    NOT_SUITABLE,
    /** Everything is recorded and suitable: written evidence of authorisation can be issued. */
    READY_TO_ISSUE,
    /** Written evidence is issued, but only from a later date. */
    NOT_YET_VALID,
    AUTHORISED,
    /** Training or the check has passed its renewal date. */
    EXPIRED,
    WITHDRAWN;

    public boolean authorised() {
        return this == AUTHORISED;
    }
}
