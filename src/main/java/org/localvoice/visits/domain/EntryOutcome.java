package org.localvoice.visits.domain;

/** What the provider allowed when the representative arrived. */
public enum EntryOutcome {
    GRANTED, LIMITED, REFUSED
}
